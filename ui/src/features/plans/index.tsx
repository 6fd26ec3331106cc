import { Route, Routes } from 'react-router';
import { PlanDetailPage } from './PlanDetailPage';
import { PlansPage } from './PlansPage';

export default function PlansFeature() {
  return (
    <Routes>
      <Route index element={<PlansPage />} />
      <Route path=":planId" element={<PlanDetailPage />} />
    </Routes>
  );
}
