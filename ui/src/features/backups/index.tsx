import { Route, Routes } from 'react-router';
import { BackupJobPage } from './BackupJobPage';
import { BackupsPage } from './BackupsPage';

export default function BackupsFeature() {
  return (
    <Routes>
      <Route index element={<BackupsPage />} />
      <Route path=":jobId" element={<BackupJobPage />} />
    </Routes>
  );
}
