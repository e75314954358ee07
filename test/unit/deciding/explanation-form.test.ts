import { describe, expect, it } from 'vitest';
import { isExplanation } from '../../../src/deciding/decider.ts';

describe('questions about what the law says', () => {
  it.each([
    'What is section 115 of the Crime and Disorder Act?',
    'Clare’s law - what is it?',
    'RN on a ward. What does the NMC code say about confidentiality?',
    'Which Schedule 1 condition covers safeguarding?',
    'What offence would that be if I did it?',
    "DA coordinator. MARAC isn't statutory, so what legal basis do agencies actually rely on at the meeting?",
    'Does the section 11 duty on its own give the force a lawful basis to share?',
    'Does the Crisis Care Concordat itself give us a legal power to get information from the trust?',
    'Safeguarding lead at a Welsh health board. Does Working Together 2023 apply to us?',
    'GP in Newport. Does the England duty to report child sexual abuse apply in Wales?',
    "When we give the police a patient's details to help detect an assault, which Schedule 1 condition do we record?",
    'Before I use s136 on someone, who does the Act say I have to consult?',
    'Art 2 v Art 8 - when does the Osman duty kick in?',
    'Could somebody please explain the section 47 duty to cooperate for a new HV team?',
    'Are there any statutes that make a pharmacist report things to the police?',
  ])('"%s" asks for an explanation', (question) => {
    expect(isExplanation(question)).toBe(true);
  });

  it.each([
    'What should I do?',
    'What should ED staff do if an intoxicated patient leaves and gets behind the wheel?',
    'What can A&E nurses tell the police about him?',
    'What can health actually give us here and on what basis?',
    'Which law are we actually sharing under, and can I do it?',
    'What can I tell the police?',
    'HGV driver with hypo unawareness is still driving after I told him to stop. What now?',
    'Police want who was driving and his bloods. What do I actually have to give them?',
    'Patient walked out saying he would jump. What should I be telling them?',
    'Psych unit on the phone about an AWOL patient. What should we be getting from them?',
    'I need a suspect’s GP records. What do I put in my request?',
    'What actually lets me share something confidential without consent?',
    'Custody sergeant. Detainee released tonight told the nurse he wants to kill himself. Who do I tell?',
    'Who should we report it to?',
    'She says her parents are arranging an engagement to a cousin. Who should I be telling, and is talking to the parents a good idea?',
    'Can I tell the police about this, and on what legal basis?',
    'Working Together applies to us, so can I share this with the police?',
    'If he refuses, what should I do?',
    'When do I have to tell the police about a gunshot wound?',
    "First MAPPA meeting about one of my patients. What am I actually allowed to say in the room?",
    "16yo told me she had the cutting done back home when she was 7 and begs me not to involve police. What am I meant to do?",
    "My sergeant says if she won't consent we don't need to submit anything. I think we still have a duty. Which is it?",
    "The CQC inspector wants to see records; one GP says we can't without each patient's consent. Who's right?",
    'Insp, just joined the violence reduction partnership. What are we actually going to get from the local A&E for hotspot mapping?',
    'GP here. Diabetic patient with recurrent hypos keeps driving to work despite my advice. What are my obligations?',
    'Detective sergeant: the GP has refused our DP7. What are my options now?',
    'Control room. The family filled in a Herbert Protocol form. Who holds it and can we have it?',
    "My crewmate said patient confidentiality means we say nothing at all. I wasn't sure. What's the actual position?",
    "15yo lad with a stab wound, 3 phones on him, begs us not to tell anyone. What's the right move re sharing?",
    'Can you explain to the DS why we will not send the whole record?',
    'A 15 year old in our cells lives in a children\'s home. Who am I legally required to notify?',
    'A 14 year old arrested for criminal damage lives in foster care. Who do we have to tell?',
    "A couple of the ED team are saying we'd be breaching her confidentiality. What's our position?",
    "GP is now wobbling about confidentiality and wants to 'sleep on it'. What is his legal position?",
    'Some of the team think PSIIs are internal and we should just send them the final report. What\'s expected?',
    "Supplier asks if we really need an audit log of every disclosure. What's the actual legal requirement?",
    'My DI says the Act gives the police a right to the records. Which of them is right?',
    "She's only just started talking to me. What am I allowed or expected to share, and with whom?",
  ])('"%s" asks what to do', (question) => {
    expect(isExplanation(question)).toBe(false);
  });
});
