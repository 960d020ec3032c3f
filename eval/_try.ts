import { CLUSTER_SETTINGS } from "../src/cluster/index.js";
import { loadClusterDatasets } from "./cluster-data.js";
import { scoreClustering } from "./cluster-run.js";

const ds = loadClusterDatasets("/work/shared");
for (let i = 0; i < 3; i++)
  for (const d of ds) {
    const t = Date.now();
    const r = scoreClustering(d, CLUSTER_SETTINGS);
    console.log(d.name, JSON.stringify(r), Date.now() - t, "ms");
  }
