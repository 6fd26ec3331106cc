import { Route, Routes } from 'react-router';
import { PipelinesPage } from './PipelinesPage';
import { RunPage } from './RunPage';

export default function PipelinesFeature() {
  return (
    <Routes>
      <Route index element={<PipelinesPage />} />
      <Route path="runs/:runId" element={<RunPage />} />
      <Route path=":pipelineId" element={<PipelinesPage />} />
    </Routes>
  );
}
