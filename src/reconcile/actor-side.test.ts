import { describe, expect, it } from "vitest";
import type { EntityRef } from "../model/claim.js";
import { actorKeys } from "./actor-side.js";

const actor = (text: string, entityId: string | null = null): EntityRef => ({
  text,
  start: 0,
  end: 0,
  entityId,
});

describe("actorKeys", () => {
  it("reads the common words for one side as one actor", () => {
    const keys = actorKeys(
      ["government", "Syrian regime", "the army", "Assad's forces", "government troops"].map((t) => actor(t)),
    );
    // "Assad's forces" is not a head word for the state ("forces" alone is anyone's)
    expect(keys).toEqual(["side:state", "side:state", "side:state", "~assad-s-forces", "side:state"]);
    expect(
      actorKeys(["rebels", "jihadist rebels", "Islamist-led rebels", "insurgents"].map((t) => actor(t))),
    ).toEqual(["side:opposition", "side:opposition", "side:opposition", "side:opposition"]);
  });

  it("keeps two owners of a side apart, and the side named without one apart from both", () => {
    const keys = actorKeys(["the Syrian army", "the Russian military", "the army"].map((t) => actor(t)));
    expect(keys).toEqual(["side:state:syrian", "side:state:russian", "side:state:"]);
  });

  it("keeps names and resolved entities as they are", () => {
    const keys = actorKeys([actor("Hayat Tahrir al-Sham", "e-hts"), actor("Islamic State militants"), null]);
    expect(keys).toEqual(["e-hts", "~islamic-state-militants", null]);
  });
});
