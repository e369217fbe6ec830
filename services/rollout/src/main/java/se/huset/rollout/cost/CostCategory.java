package se.huset.rollout.cost;

/** The shared parts seed 001 §7.1 funds 50–50: premises, manager (incl. support), some competence development,
 * research/evaluation and shared running costs. */
public enum CostCategory {
    PREMISES, MANAGER, COMPETENCE_DEVELOPMENT, RESEARCH_EVALUATION, RUNNING_COSTS
}
