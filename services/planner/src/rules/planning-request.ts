// What a planner is asked for, whichever planner runs. Optional numbers are absent when the
// user did not give them: an absent dataset count lets the planner follow the prompt.
export interface PlanningRequest {
  prompt: string;
  datasets?: number;
  datasetSize?: number;
  reality?: number;
  seed: number;
}
