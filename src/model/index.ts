export type * from "./article.js";
export type * from "./brief.js";
export type * from "./claim.js";
export type * from "./entity.js";
export type * from "./followed-feed.js";
export type * from "./story.js";
