import { Route, Routes } from 'react-router';
import { AlertsPage } from './AlertsPage';

export default function AlertsFeature() {
  return (
    <Routes>
      <Route index element={<AlertsPage />} />
    </Routes>
  );
}
