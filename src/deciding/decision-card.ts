import type { Audience, Jurisdiction, Verdict } from '../core/types.ts';

/** Facts a part of a card applies to: fact name → the values that match (any of them). */
export type FactCondition = Record<string, string[]>;

/** A verdict for one situation, worded for the person asking, resting on note sections. */
export interface DecisionLine {
  verdict: Verdict;
  /** The first line of the answer, opening with words that state the verdict ("No, you don't have to…"). */
  text: string;
  /** The same verdict worded for a police officer asking, when the default wording speaks to health staff. */
  police: string | null;
  /** Chunk ids (`note-id#section-slug`) of the note sections that support the line. */
  restsOn: string[];
  /** How the situation reads as a branch ("if the injury came from an attack"); needed where the card branches on this line's fact. */
  if: string | null;
}

/** A fact that, when the question states it, changes the verdict. */
export interface DecisionException extends DecisionLine {
  when: FactCondition;
  /** Not taken when the question's facts match: "do I have to tell the DVLA?", unless the patient keeps driving. */
  unless: FactCondition | null;
}

export const POINT_KINDS = ['condition', 'check', 'share', 'record'] as const;
export type PointKind = (typeof POINT_KINDS)[number];

/** One of the 3–5 points under the verdict: the conditions, what to check, what to share, what to record. */
export interface DecisionPoint {
  kind: PointKind;
  text: string;
  police: string | null;
  restsOn: string[];
  /** Shown only when the question's facts match. */
  when: FactCondition | null;
  /** Left out when the question's facts match. */
  unless: FactCondition | null;
}

/**
 * A situation people ask about, written as data: how they ask it, the facts
 * it depends on, the verdict, and the facts that change the verdict. The
 * unit of answering; notes are the cited sources.
 */
export interface DecisionCard {
  id: string;
  title: string;
  /** Who usually asks it. */
  audience: Audience;
  jurisdiction: Jurisdiction[];
  /** The situation as one full question, offered when a vague question might mean it. */
  question: string;
  /** Ways people ask it: short and misspelt, long narratives, police and health voices. */
  phrasings: string[];
  /** The facts that define the situation, for matching. */
  facts: FactCondition;
  /** Agencies the situation always involves: a question that involves none of them is about something else. */
  involves: string[];
  answer: DecisionLine;
  /** Most decisive first: the first whose facts the question states gives the verdict. */
  exceptions: DecisionException[];
  /** A fact the verdict turns on: when the question does not give it, the answer gives each branch. */
  branchesOn: string | null;
  points: DecisionPoint[];
  /** The card answers in-scope questions that no other card matches, from the general framework. */
  fallback: boolean;
  lastReviewed: string;
  /** Path relative to the knowledge folder. */
  path: string;
}
