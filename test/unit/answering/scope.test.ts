import { beforeAll, describe, expect, it } from 'vitest';
import { loadScopeVocabulary, ScopeClassifier } from '../../../src/answering/scope.ts';

let scope: ScopeClassifier;
beforeAll(async () => {
  scope = new ScopeClassifier(await loadScopeVocabulary('knowledge'));
});

describe('what counts as a question about sharing', () => {
  it.each([
    'copper wants to breath test my pt in majors, can i say no',
    'mate in CID txt me asking if a bloke is on our books, is that ok to tell him',
    'pt drunk and saying hes gonna jump, no capacity, can i call his family',
    "do I need a work reason to open someone's electronic record",
    'copper here, ran my new girlfriends name on PNC just to check, am i in trouble',
    'DA job last nite, 17yo son lives there but was at his dads. FE college. still do encompass?',
    'pcso on patrol, little lad sat alone on a doorstep, mum smelt of booze. do i need to tell anyone or leave it?',
    'HV here, dad told me he keeps a machete under the bed. should I tell someone?',
    "CMHT. his sister rang to say he's bought ligature stuff. she begged us not to tell him she called",
    "grandmother worried about her daughter's new boyfriend around the kids, can she use sarahs law",
    'dhr terms of ref cover 5 yrs, do we send stuff from before that',
    'MOSOVO: one of my offenders has joined a five-a-side club that trains juniors. Can I tell the club secretary?',
    'about to 136 a lass on the railway line, can mh triage tell me her risk hx',
    'three reminders about the DVLA rules and she still drives to bingo every week',
    'GUM consultant. Man newly dx HIV+, refuses to tell his partner. Am I allowed to tell her myself?',
    "PC in Tenby, lad with bruising on his arms, I was going to email his home social services on Monday - that ok?",
    "dad smacked his 6yo in a car park, I'm minded not to refer to children's services, any issue?",
    'stopped a conditionally discharged 37/41, drunk in breach of his conditions. worth reporting?',
    'lad nicked for shoplifting, his shift manager rang asking if he was arrested. can i confirm it',
    'same bloke has sent us 30 SARs in 2 months, do we have to keep answering them',
    "HR at his work emailed asking us to confirm his fit note is genuine and what meds he's on. Can reception reply?",
    'resident under a DoLS authorisation, the RPR wants his whole care file. do we have to give it',
    "136'd a 17 yr old, suite is full. can custody be the place of safety?",
    'executor wants pre-1991 paper notes too - have to??',
    'FTAC want his history, ok to send?',
    'lab already notified ukhsa re the TB. do i still need to?',
    '12yo in clinic says sex with her 13yo bf was consensual. refer?',
    'can we warn his new gf about his dv past w/o her applying',
  ])('takes the shorthand of a busy shift as in scope: "%s"', (question) => {
    expect(scope.classify(question).kind).toBe('in_scope');
  });

  it.each([
    'me and the wife are buying a house and the searches flagged a covenant, can we ignore it?',
    'What is the best way to cook a turkey?',
    'I do a bit of dog grooming on my rest days; do I need indemnity insurance for the covenant?',
    'forgot my nhs.net password AGAIN and now im locked out of EMIS too, how do i reset it??',
  ])(
    'keeps everyday life out: "%s"',
    (question) => {
      expect(scope.classify(question).kind).not.toBe('in_scope');
    },
  );

  it("does not rule out a young person's sexual activity, a safeguarding matter, though no agency is named", () => {
    expect(scope.classify("A 13 year old girl says she's having sex with her 15 year old boyfriend. What do I do?").kind).not.toBe('out_of_scope');
  });

  it('counts the information asked for as a word of the situation, but not the act of sharing', () => {
    expect(scope.situationWords("can a gp surgery give the police a patient's address")).toEqual(['address']);
    expect(scope.situationWords('can I give the police this?')).toEqual([]);
  });

  it('does not count ages as words of the situation', () => {
    expect(scope.situationWords('a 40 year old man aged 40')).toEqual(['man']);
  });
});

describe('where a question is set', () => {
  it.each([
    ['GP in Enniskillen. My partner says in Northern Ireland we have a legal duty to report any offence to the PSNI, unlike in England. Do I?', 'outside_jurisdiction'],
    ['PC in Cardiff: the patient lives in Northern Ireland. Can I ask his GP there for his notes?', 'in_scope'],
  ])('%s', (question, kind) => {
    expect(scope.classify(question).kind).toBe(kind);
  });
});
