import { Route, Routes } from 'react-router';
import { DashboardPage } from './DashboardPage';
import { DashboardsPage } from './DashboardsPage';

export default function DashboardsFeature() {
  return (
    <Routes>
      <Route index element={<DashboardsPage />} />
      <Route path=":dashboardId" element={<DashboardPage />} />
    </Routes>
  );
}
