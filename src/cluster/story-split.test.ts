import { describe, expect, it } from "vitest";
import type { MemberRecord } from "./story-split.js";
import { StoryMembers } from "./story-split.js";

/** A stand-in record: only its identity matters to the pair score below. */
const record = (group: string): MemberRecord => ({ group }) as unknown as MemberRecord;
const groupOf = (r: MemberRecord) => (r as unknown as { group: string }).group;
/** Members of one group score 2 against each other, -4 across groups. */
const score = (a: MemberRecord, b: MemberRecord) => (groupOf(a) === groupOf(b) ? 2 : -4);

function storyOf(members: StoryMembers, storyId: string, groups: string[]): void {
  groups.forEach((group, i) => {
    members.add(storyId, `${storyId}-${i}`, record(group), i);
  });
}

describe("StoryMembers", () => {
  it("cuts a story into its two groups; the side with the first member stays", () => {
    const members = new StoryMembers(32, 100);
    storyOf(members, "s", ["b", "a", "b", "a", "a"]);
    expect(members.bisect("s", score, 2)).toEqual({
      stay: ["s-0", "s-2"],
      leave: ["s-1", "s-3", "s-4"],
      across: -4,
    });
  });

  it("does not cut off fewer than the smallest group", () => {
    const members = new StoryMembers(32, 100);
    storyOf(members, "s", ["a", "a", "a", "b"]);
    expect(members.bisect("s", score, 2)).toBeUndefined();
  });

  it("stops tracking a story past the window, or one that lost a member record to the capacity", () => {
    const members = new StoryMembers(3, 6);
    storyOf(members, "big", ["a", "a", "b", "b"]);
    expect(members.members("big")).toBeUndefined();
    storyOf(members, "old", ["a", "a", "b"]);
    storyOf(members, "new", ["a", "b", "b"]);
    storyOf(members, "newer", ["a"]);
    expect([members.members("old"), members.members("new")?.length]).toEqual([undefined, 3]);
    // a story first seen mid-way (an untracked story gaining a member) is not tracked
    members.add("big", "late", record("a"), 4);
    expect(members.members("big")).toBeUndefined();
  });

  it("keeps pair scores and members through a merge and a split", () => {
    const members = new StoryMembers(32, 100);
    storyOf(members, "x", ["a", "a"]);
    storyOf(members, "y", ["b", "b"]);
    members.merge("x", "y");
    const cut = members.bisect("x", score, 2)!;
    expect(cut.leave).toEqual(["y-0", "y-1"]);
    members.split("x", "z", cut.leave);
    expect([members.members("x")?.map((m) => m.id), members.members("z")?.map((m) => m.id)]).toEqual([
      ["x-0", "x-1"],
      ["y-0", "y-1"],
    ]);
  });
});
