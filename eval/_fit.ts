import { CLUSTER_SETTINGS, type ClusterSettings } from "../src/cluster/index.js";
import { loadClusterDatasets } from "./cluster-data.js";
import { fitSettings } from "./cluster-fit.js";
import { scoreClustering } from "./cluster-run.js";

const ds = loadClusterDatasets("/work/shared");
const start: ClusterSettings = JSON.parse(process.argv[2] ?? "null") ?? CLUSTER_SETTINGS;
const t = Date.now();
const r = fitSettings(ds, start, () => true, 2);
console.log(JSON.stringify(r), Date.now() - t);
for (const d of ds) console.log(d.name, JSON.stringify(scoreClustering(d, r.settings)));
