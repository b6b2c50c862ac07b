// Illustrative objectives of the central strategy for revitalising the old industrial bases of
// Northeast China (2003). The demo has no clauses yet, so the plan shows all of them as uncovered.
export const demoObjectives = [
  {
    code: "O1",
    title: "Restructure state-owned heavy industry",
    description: "Reform and modernise the state-owned enterprises of the equipment, steel and petrochemical bases.",
  },
  {
    code: "O2",
    title: "Develop modern agriculture and food processing",
    description: "Turn the grain belt into a base of commercial agriculture and agro-food industries.",
  },
  {
    code: "O3",
    title: "Build regional transport and logistics networks",
    description: "Connect the three provinces and eastern Inner Mongolia by rail, road and port.",
  },
  {
    code: "O4",
    title: "Protect the environment and resource-exhausted cities",
    description: "Restore mining areas and give cities whose resources are exhausted new industries.",
  },
];
