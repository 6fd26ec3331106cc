import { Route, Routes } from 'react-router';
import { AuditPage } from './AuditPage';

export default function AuditFeature() {
  return (
    <Routes>
      <Route index element={<AuditPage />} />
    </Routes>
  );
}
