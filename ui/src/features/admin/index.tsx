import { Route, Routes } from 'react-router';
import { AdminPage } from './AdminPage';

export default function AdminFeature() {
  return (
    <Routes>
      <Route index element={<AdminPage />} />
    </Routes>
  );
}
