#!/usr/bin/env python3
"""Writes the long specification that `make bench` opens: tests/fixtures/documents/bench/long-spec.docx
and long-spec.pdf (issue: "a 60-page PDF of about 25,000 words is open and structured in at most
2 s in headless Chromium; a 60-page .docx in at most 300 ms").

The text is a made-up UK probation service specification, about 60 A4 pages and 25,000 words:
twelve numbered sections ("1." to "12.", each starting a page), clauses numbered "1.1" and
"1.1.1", lettered sub-items "a)", three tables, a running header and a "Page N of M" footer. All
numbering is automatic (one multi-level list style that the headings share, so the converted
files carry it as Word and OpenDocument numbering, not as typed text). Sentences are built from a
bank of templates and phrases written for this file, chosen by a seeded random generator: the
output is the same on every run.

Usage: scripts/make_bench_documents.py [--fodt-only] [out dir]
  Writes long-spec.fodt into a temporary folder and has LibreOffice (Debian:
  libreoffice-writer-nogui) convert it to .docx and .pdf in the out dir (default
  tests/fixtures/documents/bench). With --fodt-only it writes only the .fodt, into the out dir.
The results are committed, so CI never runs this. Converted files carry timestamps: rerunning
changes their bytes, not their content.
"""

import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

SEED = 20261205
ROOT = Path(__file__).resolve().parent.parent
TITLE = "Community Accommodation and Resettlement Service"
HEADER = f"{TITLE}: Service Specification v2.1 (OFFICIAL)"

# ---------------------------------------------------------------------------------------------
# The bank. Shared pieces first, then each section's own.

SUBJECTS = [
    "The Provider",
    "The Provider",
    "The Provider",
    "The Supplier",
    "The Provider's staff",
    "Each caseworker",
    "The Service Manager",
    "The Provider and its subcontractors",
]

MODALS = ["shall", "shall", "shall", "must", "will", "should, where practicable,"]

CONDITIONS = [
    " within five working days of the referral",
    " before the first appointment",
    " at every review of the sentence plan",
    " where the Probation Practitioner asks for it",
    " for the whole of the intervention",
    " in every probation delivery unit in the Contract Area",
    " unless the Authority agrees otherwise in writing",
    " in a way the person can understand",
    " and record the result in the case record",
    " and tell the Probation Practitioner of any change",
    " at no cost to the person on probation",
    " in line with the Authority's policy framework",
    " as set out in the Delivery Plan",
    " within the timescales in Annex B",
    " during the 12 weeks before release from custody",
    " where it is safe and lawful to do so",
    " without waiting to be asked",
    " in partnership with local statutory services",
    " in person wherever possible, and by telephone or video otherwise",
    " at least once a month",
]

PURPOSES = [
    " so that the person can keep their accommodation",
    " so that no one is released from custody without somewhere to stay",
    " to reduce the risk of reoffending",
    " so that the person understands what is expected of them",
    " to support the person's desistance from crime",
    " so that services are not duplicated",
    " to keep the person and the public safe",
    " so that the Authority can see how well the Service works",
    " so that the person's needs are met in the right order",
    " to make sure nobody is turned away for reasons the Authority has not agreed",
]

GROUPS = [
    "women",
    "young adults aged 18 to 25",
    "people from Black, Asian and minority ethnic communities",
    "disabled people",
    "people who are neurodivergent",
    "care leavers",
    "veterans of the armed forces",
    "people with no recourse to public funds",
    "Gypsy, Roma and Traveller people",
    "people who are lesbian, gay, bisexual or transgender",
    "people leaving long prison sentences",
    "people with a learning disability",
    "people whose first language is Welsh",
    "people with caring responsibilities",
]

PARTNERS = [
    "the local housing authority",
    "the Probation Practitioner",
    "prison resettlement teams",
    "Approved Premises staff",
    "the local health board",
    "children's services",
    "adult social care",
    "the Department for Work and Pensions",
    "substance misuse services",
    "Integrated Offender Management teams",
    "Multi-Agency Public Protection Arrangements (MAPPA) panels",
    "women's centres",
    "specialist domestic abuse services",
    "Youth Offending Teams",
    "community mental health teams",
    "registered social landlords",
]

GENERIC_FACTS = [
    "The Provider remains responsible for work done by its subcontractors.",
    "Nothing in this clause limits the Provider's duties under the Equality Act 2010.",
    "The Authority may ask for evidence that this requirement is met at any contract review.",
    "Where this requirement cannot be met, the Provider shall tell the Authority why and what it will do instead.",
    "The Provider shall keep a written record of each decision taken under this clause.",
    "This requirement applies equally to people serving community sentences and people on licence.",
    "The Provider shall review how this requirement works in practice at least once a year.",
    "Staff shall be trained to meet this requirement before they work with people on probation.",
    "The requirement does not replace the Probation Practitioner's own duties.",
    "The Provider shall not charge the person for any part of this work.",
    "Any change to this arrangement needs the written agreement of the Authority.",
    "The Provider shall make this information available in Welsh, in English and in easy read.",
]

# Each section: heading, clause actions (what the Provider shall do), standalone sentences, and
# lettered lists (a lead-in and the items it may name).
SECTIONS = [
    {
        "heading": "Introduction and scope",
        "actions": [
            "deliver a Community Accommodation and Resettlement Service to people on probation across the Contract Area",
            "help each person to find, secure and keep settled accommodation",
            "work alongside the Probation Practitioner, who keeps overall responsibility for the sentence",
            "deliver the Service from premises that are accessible by public transport",
            "provide the Service to people on community orders, suspended sentence orders and licences",
            "make sure the Service fits with other commissioned rehabilitative services",
            "agree a Delivery Plan with the Authority before the Service Commencement Date",
            "keep the Delivery Plan up to date and share each new version with the Authority",
            "name a Service Manager who is accountable for the day-to-day running of the Service",
            "give the Authority a contact who can make decisions on the Provider's behalf",
            "deliver the Service in a trauma-informed way",
            "take account of the Authority's target operating model for probation",
            "treat every person with dignity and respect",
            "offer a service that is personalised, not one size fits all",
        ],
        "facts": [
            "This specification sets out what the Provider will deliver and the standards it must meet.",
            "The Service forms part of the Commissioned Rehabilitative Services programme.",
            "The Service begins on the Service Commencement Date and runs for the Term of the Contract.",
            "The Service does not include the provision of Approved Premises beds.",
            "Homelessness decisions remain with the local housing authority.",
            "The Authority expects the Provider to build on what already works in each area.",
            "In this specification, 'shall' and 'must' set out requirements and 'should' sets out expectations.",
            "The annexes form part of this specification.",
        ],
        "lists": [
            ("The Service has the following aims:", [
                "fewer people released from custody without accommodation",
                "more people in settled accommodation at the end of their sentence",
            ]),
            ("The Service covers the following kinds of support:", [
                "help to apply for housing and to sustain a tenancy",
                "advice on benefits, debt and rent arrears",
                "practical help to move in, such as furniture and utilities",
            ]),
            ("The Provider's Delivery Plan shall set out:", [
                "how the Provider will staff the Service in each area",
                "how the Provider will work with each local housing authority",
                "how the Provider will involve people with lived experience",
                "how the Provider will meet the Welsh Language Standards",
                "the Provider's approach to safeguarding",
            ]),
        ],
    },
    {
        "heading": "Definitions and interpretation",
        "actions": [
            "read the terms in Table 1 as having the meanings given there",
            "use the defined terms consistently in all reports to the Authority",
            "ask the Authority where the meaning of a term is unclear",
            "apply the definitions in the Contract where this specification does not define a term",
            "use plain language when explaining these terms to people on probation",
            "follow the Authority's current policy where a policy named here is replaced",
            "read references to legislation as references to that legislation as amended",
        ],
        "facts": [
            "Headings are for convenience only and do not affect the meaning of this specification.",
            "Words in the singular include the plural and the other way round.",
            "A reference to a working day means a day other than a weekend or a public holiday in England and Wales.",
            "Where this specification and the Contract conflict, the Contract takes precedence.",
            "Examples given in this specification do not limit the general words they follow.",
        ],
        "lists": [
            ("In this specification:", [
                "'including' means including without limitation",
                "'writing' includes email",
                "a reference to a policy is to the version in force at the time",
                "a 'month' means a calendar month",
            ]),
            ("A reference to a person on probation includes a person who is:", [
                "subject to a community order or a suspended sentence order with requirements",
                "released on licence or under post-sentence supervision",
                "held on remand where the Authority has agreed the referral",
            ]),
        ],
    },
    {
        "heading": "Eligibility",
        "actions": [
            "accept any person on probation who is homeless or at risk of homelessness within 56 days",
            "accept people living in unsuitable or unsafe accommodation",
            "not refuse a referral because of the person's offence alone",
            "not require a local connection before offering support",
            "accept people whatever their immigration status, giving advice within the law",
            "accept people who have been refused help by a housing authority",
            "consider a person eligible where the Probation Practitioner gives reasons why support is needed",
            "tell the Probation Practitioner in writing when it believes a person is not eligible",
            "keep a record of each referral it declines and the reason for it",
            "accept a second referral for a person whose earlier intervention has ended",
            "review eligibility again if the person's circumstances change",
            "treat people in custody and people in the community as equally eligible",
        ],
        "facts": [
            "Eligibility does not depend on priority need under housing law.",
            "A person may be referred more than once during the same sentence.",
            "The Authority decides any dispute about eligibility.",
            "People who are already in settled accommodation are not eligible unless they are at risk of losing it.",
            "The Service is for people aged 18 and over.",
        ],
        "lists": [
            ("The Provider must accept referrals for people who:", [
                "are due to leave prison within 12 weeks",
                "are sleeping rough or in a night shelter",
                "are staying with friends or family on a temporary basis",
                "have rent arrears or a previous eviction",
                "have licence conditions that exclude them from an area",
                "need adapted or accessible housing",
                "face a risk of domestic abuse at their previous address",
            ]),
            ("The Provider may decline a referral only where:", [
                "the person is not subject to probation supervision",
                "the Authority has agreed in writing that another service will meet the need",
            ]),
            ("When it considers eligibility, the Provider shall take account of:", [
                "the person's risk assessment and any licence conditions",
                "any information from the prison about the person's needs",
            ]),
        ],
    },
    {
        "heading": "Referrals and allocation",
        "actions": [
            "accept referrals through the Refer and Monitor an Intervention service",
            "acknowledge each referral within one working day",
            "contact the person within two working days of the referral",
            "make first contact at least 12 weeks before release for people in custody, where the referral allows",
            "allocate a named caseworker to each person",
            "tell the person who their caseworker is and how to reach them",
            "offer the first appointment at a time and place that suits the person",
            "try at least three times, by different means, to contact a person who does not respond",
            "tell the Probation Practitioner when it cannot contact the person",
            "accept information from prison resettlement teams and Approved Premises staff",
            "not ask the person to repeat information the referral already gives",
            "record the date and outcome of each contact attempt",
            "return an incomplete referral with a note of what is missing",
        ],
        "facts": [
            "Referral timescales are set out in Table 2.",
            "The Probation Practitioner remains the only route for formal referrals.",
            "A referral is complete when it holds the information listed in Annex B.",
            "The clock for first contact starts when a complete referral is received.",
            "Urgent referrals are those where the person is due for release within 10 working days.",
        ],
        "lists": [
            ("A complete referral includes:", [
                "the person's name, date of birth and case reference",
                "the release date or sentence start date",
                "the current risk assessment and risk management plan",
                "any licence conditions or exclusion zones",
            ]),
            ("At the first appointment the caseworker shall:", [
                "explain what the Service offers and what it does not",
                "agree how the person prefers to be contacted",
                "check whether the person wants to use Welsh",
            ]),
            ("The Provider shall also accept information from:", [
                "prison resettlement teams",
                "local authority housing options teams",
                "Approved Premises staff",
                "health and substance misuse services",
            ]),
        ],
    },
    {
        "heading": "Assessment and support planning",
        "actions": [
            "complete an assessment of the person's accommodation needs within 10 working days of first contact",
            "build on the Probation Practitioner's assessment rather than repeat it",
            "agree a support plan with the person and share it with the Probation Practitioner",
            "set out in the support plan who will do what and by when",
            "review the support plan at least every six weeks",
            "review the support plan when the person's circumstances change",
            "ask the person what has worked for them before",
            "identify any barriers to accommodation and how they will be overcome",
            "give the person a copy of their support plan in the format they choose",
            "record the person's own goals in their words",
            "close the intervention only after agreeing it with the Probation Practitioner",
            "write an end of service report within five working days of closing the intervention",
        ],
        "facts": [
            "The assessment looks at housing history, income, health and any risks linked to accommodation.",
            "The support plan belongs to the person and should be written with them, not for them.",
            "The intervention lasts up to six months unless the Probation Practitioner agrees a longer period.",
            "The end of service report forms part of the person's probation record.",
        ],
        "lists": [
            ("The assessment shall cover:", [
                "where the person has lived in the last two years",
                "any tenancy the person still holds",
                "the person's income, debts and rent arrears",
                "physical and mental health needs that affect housing",
                "any risk to others that limits where the person can live",
            ]),
            ("The support plan shall set out:", [
                "the accommodation the person is aiming for",
                "the steps needed to get there and who takes each one",
                "how the person will be helped to keep the accommodation",
            ]),
            ("The end of service report shall record:", [
                "the accommodation outcome at the end of the intervention",
                "the support given and the person's progress against the plan",
                "any needs that remain and who will meet them",
            ]),
        ],
    },
    {
        "heading": "Women",
        "actions": [
            "offer every woman a female caseworker",
            "offer women a women-only space for appointments",
            "not place a woman in mixed-sex accommodation without her informed agreement",
            "work with women's centres in each area",
            "ask each woman whether she has experienced domestic abuse, in a safe setting",
            "work with children's services to keep families together where it is safe to do so",
            "help women who have lost their home while in custody",
            "take account of the Authority's Female Offender Strategy",
            "refer women to specialist domestic abuse services where they want it",
            "make sure women are not housed near a person who poses a risk to them",
            "offer support to women who are pregnant or have recently given birth",
            "help women to keep or regain contact with their children where this is agreed",
        ],
        "facts": [
            "Many women on probation have experienced domestic abuse, trauma or coercive control.",
            "Women are more likely than men to lose their home during a short prison sentence.",
            "Housing for women should be close to the support networks they choose.",
            "The needs of women with children often decide where they can live.",
        ],
        "lists": [
            ("For women the Provider shall in addition:", [
                "offer appointments at times that fit around childcare",
                "offer help with travel costs to appointments",
                "record whether the woman chose a female caseworker",
                "give her information about specialist women's services",
            ]),
            ("Accommodation offered to a woman shall:", [
                "be safe and away from any known perpetrator of abuse",
                "allow her children to stay where this has been agreed",
                "be within reach of the support services she uses",
            ]),
        ],
    },
    {
        "heading": "Young adults",
        "actions": [
            "adapt the Service to the maturity of young adults aged 18 to 25",
            "work with Youth Offending Teams when a young person moves to adult probation",
            "check whether a young adult is a care leaver and entitled to support from the local authority",
            "involve the young adult's personal adviser where they have one",
            "use clear and simple language with young adults",
            "allow more time for appointments with young adults where needed",
            "offer support to young adults to learn how to run a home",
            "help young adults to find training, education or work where this helps them keep a home",
            "not close the intervention because a young adult misses one appointment",
            "take account of the Authority's guidance on working with young adults",
            "keep contact with young adults through the channels they use",
        ],
        "facts": [
            "Young adults are still maturing and may need more support to engage.",
            "Care leavers are entitled to help with accommodation up to the age of 25.",
            "The move from youth to adult services is a time of high risk for young people.",
            "Young adults are more likely to be sofa surfing than sleeping rough.",
        ],
        "lists": [
            ("For young adults the support plan shall also cover:", [
                "budgeting and paying bills",
                "relationships with family and others they live with",
                "education, training and work",
                "the young adult's rights as a care leaver",
            ]),
            ("When a young person transfers from a Youth Offending Team the Provider shall:", [
                "attend the transfer meeting where invited",
                "read the Youth Offending Team's assessment before the first appointment",
                "agree how the young person would like to be contacted",
            ]),
        ],
    },
    {
        "heading": "Welsh language",
        "actions": [
            "deliver the Service in Wales in line with the Welsh Language Standards",
            "treat the Welsh and English languages equally",
            "make an active offer of Welsh at first contact",
            "record each person's language choice and use it in all contact",
            "provide written materials in Welsh and English",
            "answer correspondence in Welsh in Welsh, within the same timescale as English",
            "employ enough Welsh-speaking staff to meet demand in each area",
            "not delay the Service because the person chooses Welsh",
            "show Welsh first on bilingual signs and forms in Wales",
            "report each quarter on how many people chose Welsh",
            "support staff to learn Welsh",
        ],
        "facts": [
            "The Welsh Language Standards (No. 7) Regulations 2018 apply to the Service in Wales.",
            "An active offer means offering Welsh without the person having to ask for it.",
            "Many people find it easier to talk about difficult subjects in their first language.",
            "The duty applies to subcontractors as well as the Provider.",
        ],
        "lists": [
            ("In Wales the Provider shall make sure that:", [
                "every person is offered the Service in Welsh",
                "forms, letters and leaflets are bilingual",
                "telephone calls can be taken in Welsh",
            ]),
            ("The Welsh language report shall include:", [
                "the number of people offered the Service in Welsh",
                "the number of people who chose Welsh",
                "any occasion when a Welsh service could not be provided",
                "the action taken to prevent that happening again",
            ]),
        ],
    },
    {
        "heading": "Lived experience and co-production",
        "actions": [
            "involve people with lived experience of the criminal justice system in designing the Service",
            "employ people with lived experience in paid roles",
            "offer peer mentoring to people who want it",
            "pay people with lived experience for their time and expenses",
            "train and supervise peer mentors",
            "set up a service user forum in each region",
            "act on feedback from people on probation and report what changed",
            "not exclude applicants for jobs only because they have a conviction",
            "carry out checks proportionate to the role",
            "support staff with lived experience to progress in their careers",
            "ask people leaving the Service what could be better",
        ],
        "facts": [
            "People who have been through the system often know best what helps.",
            "Co-production means designing the Service with people, not just consulting them.",
            "The Authority expects lived experience to inform every part of the Service.",
            "Peer mentors should not carry a caseload in place of a caseworker.",
        ],
        "lists": [
            ("The Provider's co-production plan shall set out:", [
                "how people on probation will shape the Service",
                "how their views will reach the Provider's board",
                "how the Provider will show what changed as a result",
            ]),
            ("Peer mentors shall:", [
                "receive training before they start",
                "have regular supervision",
                "be paid at least the real Living Wage where they are employed",
                "have a clear route to report concerns",
            ]),
        ],
    },
    {
        "heading": "Safeguarding and risk",
        "actions": [
            "have a safeguarding policy that meets the requirements of the local safeguarding boards",
            "report any safeguarding concern to the Probation Practitioner on the same working day",
            "follow the risk management plan set by the Probation Practitioner",
            "not place a person where the placement would breach a licence condition",
            "check any proposed address with the Probation Practitioner before the person moves in",
            "take part in Multi-Agency Public Protection Arrangements where asked",
            "train all staff in safeguarding adults and children",
            "name a designated safeguarding lead",
            "record every safeguarding concern and what was done about it",
            "carry out lone working risk assessments for home visits",
            "share information about risk promptly and lawfully",
            "tell the Authority of any serious further offence within one working day of learning of it",
        ],
        "facts": [
            "Public protection comes first in every decision about where a person lives.",
            "Risk assessments are the responsibility of the Probation Practitioner.",
            "The Provider must not disclose a person's offence to a landlord without a lawful basis.",
            "Staff safety is the Provider's responsibility.",
        ],
        "lists": [
            ("Before any move the Provider shall check:", [
                "that the address is approved by the Probation Practitioner",
                "that the address does not breach any exclusion zone",
                "that no child or adult at risk lives at or near the address where this matters",
            ]),
            ("The Provider shall report to the Probation Practitioner at once where:", [
                "the person is at risk of harm",
                "the person may pose a risk to others",
                "the person has lost their accommodation",
                "the person's whereabouts are not known",
            ]),
        ],
    },
    {
        "heading": "Information and data sharing",
        "actions": [
            "process personal data in line with the UK General Data Protection Regulation and the Data Protection Act 2018",
            "act as a processor for the Authority unless the Contract says otherwise",
            "record all work in the Authority's case management system",
            "not keep personal data in any other system without the Authority's agreement",
            "tell the Authority of any personal data breach within 24 hours",
            "share information with partners only under a data sharing agreement",
            "explain to each person what information is held about them and why",
            "keep records for the periods in the Authority's retention schedule",
            "make sure staff complete data protection training every year",
            "support the Authority in answering subject access requests",
            "hold personal data only in the United Kingdom",
            "carry out a data protection impact assessment before changing how data is used",
        ],
        "facts": [
            "The Authority is the controller of personal data processed under the Contract.",
            "Information about offences is special category and criminal offence data.",
            "People on probation have the same rights over their data as anyone else.",
            "A data sharing agreement does not by itself make sharing lawful.",
        ],
        "lists": [
            ("A data sharing agreement shall set out:", [
                "the purpose of the sharing",
                "the lawful basis for it",
                "what data will be shared and with whom",
                "how long the data will be kept",
            ]),
            ("The Provider shall record in the case management system:", [
                "each contact with the person",
                "each referral made to another service",
                "the accommodation outcome at the end of the intervention",
            ]),
        ],
    },
    {
        "heading": "Outcomes, performance and reporting",
        "actions": [
            "meet the performance measures in Table 3",
            "report monthly on referrals, starts, completions and outcomes",
            "break down all reports by sex, ethnicity, age and disability",
            "attend a contract review meeting with the Authority each quarter",
            "agree an improvement plan where a measure is not met for two months in a row",
            "give the Authority access to staff, premises and records for audit",
            "take part in any evaluation of the Service the Authority commissions",
            "publish an annual report on the Service",
            "make sure the data it reports is accurate and complete",
            "tell the Authority at once if it expects to miss a measure",
            "collect feedback from at least half of the people who complete the Service",
        ],
        "facts": [
            "Performance is measured against the baseline agreed in the first three months.",
            "The Authority may change a measure with three months' notice.",
            "Accommodation outcomes are checked at the end of the intervention and again after three months.",
            "Payment is linked to the measures as set out in the Contract.",
        ],
        "lists": [
            ("The monthly report shall include:", [
                "the number of referrals received and accepted",
                "the number of people who started the intervention",
                "the number of people in settled accommodation at the end of the intervention",
                "the number of complaints and how they were resolved",
            ]),
            ("An improvement plan shall set out:", [
                "why the measure was missed",
                "what the Provider will do differently",
                "when the measure will be met again",
            ]),
        ],
    },
]

TABLES = {
    "Definitions and interpretation": (
        "Table 1: Defined terms",
        ["Term", "Meaning"],
        [
            ["Authority", "The Secretary of State for Justice, acting through HM Prison and Probation Service."],
            ["Contract Area", "The probation regions named in Annex A."],
            ["Delivery Plan", "The Provider's plan for delivering the Service, agreed with the Authority."],
            ["Intervention", "The support given to one person from referral to the end of service report."],
            ["Person on Probation", "A person aged 18 or over subject to a community order, suspended sentence order or licence."],
            ["Probation Practitioner", "The probation officer or probation services officer who manages the person's sentence."],
            ["Provider", "The organisation that holds the Contract, including its subcontractors."],
            ["Settled Accommodation", "Accommodation the person can expect to keep for at least six months."],
            ["Service Commencement Date", "The date in the Contract from which the Provider delivers the Service."],
            ["Welsh Language Standards", "The standards the Welsh Ministers set under the Welsh Language (Wales) Measure 2011."],
            ["Working Day", "A day other than a Saturday, a Sunday or a public holiday in England and Wales."],
        ],
    ),
    "Referrals and allocation": (
        "Table 2: Referral timescales",
        ["Step", "Standard referral", "Urgent referral"],
        [
            ["Acknowledge the referral", "1 working day", "Same working day"],
            ["First contact with the person", "2 working days", "1 working day"],
            ["First appointment", "5 working days", "2 working days"],
            ["Assessment complete", "10 working days", "5 working days"],
            ["Support plan agreed", "15 working days", "5 working days"],
            ["End of service report", "5 working days after closure", "5 working days after closure"],
        ],
    ),
    "Outcomes, performance and reporting": (
        "Table 3: Performance measures",
        ["Measure", "Target", "Reported"],
        [
            ["Referrals acknowledged within 1 working day", "95%", "Monthly"],
            ["First contact within 2 working days", "90%", "Monthly"],
            ["Support plans agreed within 15 working days", "90%", "Monthly"],
            ["People released from custody with somewhere to stay on the day of release", "90%", "Monthly"],
            ["People in settled accommodation at the end of the intervention", "70%", "Quarterly"],
            ["People still in settled accommodation three months later", "60%", "Quarterly"],
            ["People offered a service in Welsh in Wales", "100%", "Quarterly"],
            ["Women offered a female caseworker", "100%", "Quarterly"],
            ["People who would recommend the Service", "80%", "Quarterly"],
        ],
    ),
}

CLAUSES_PER_SECTION = 25  # level-2 clauses ("1.1"); sub-clauses and lettered items come on top


class Writer:
    """The body, and the multi-level clause list: every heading and clause is an item of one list
    (style Spec, xml:id "spec"); lettered lists and tables close it and it carries on after them."""

    def __init__(self):
        self.out = []
        self.open_items = []  # one flag per open text:list: whether its current item is open
        self.started = False

    def raw(self, xml):
        self.close_list()
        self.out.append(xml)

    def entry(self, level, xml):
        if not self.open_items:
            attr = 'xml:id="spec"' if not self.started else 'text:continue-list="spec"'
            self.out.append(f'<text:list {attr} text:style-name="Spec">')
            self.open_items.append(False)
            self.started = True
        while len(self.open_items) > level:
            self._close_innermost()
        if len(self.open_items) == level and self.open_items[-1]:
            self.out.append("</text:list-item>")
            self.open_items[-1] = False
        while len(self.open_items) < level:
            if not self.open_items[-1]:
                self.out.append("<text:list-item>")
                self.open_items[-1] = True
            self.out.append("<text:list>")
            self.open_items.append(False)
        self.out.append("<text:list-item>" + xml)
        self.open_items[-1] = True

    def _close_innermost(self):
        if self.open_items.pop():
            self.out.append("</text:list-item>")
        self.out.append("</text:list>")

    def close_list(self):
        while self.open_items:
            self._close_innermost()


def para(style, text):
    return f'<text:p text:style-name="{style}">{escape(text)}</text:p>'


def cap(text):
    return text[0].upper() + text[1:]


def sentence(rng, section):
    """One requirement sentence, in one of several shapes."""
    action = rng.choice(section["actions"])
    subject = rng.choice(SUBJECTS)
    modal = rng.choice(MODALS)
    shape = rng.randrange(10)
    if shape < 3:
        return f"{subject} {modal} {action}{rng.choice(CONDITIONS)}."
    if shape < 5:
        return f"{subject} {modal} {action}{rng.choice(PURPOSES)}."
    if shape == 5:
        return f"Where the person is also supported by {rng.choice(PARTNERS)}, {subject[0].lower() + subject[1:]} {modal} {action}."
    if shape == 6:
        group = rng.choice(GROUPS)
        return f"{subject} {modal} {action}, and shall check that {group} are not at a disadvantage as a result."
    if shape == 7:
        return f"{subject} {modal} {action}{rng.choice(CONDITIONS)}{rng.choice(PURPOSES)}."
    if shape == 8:
        partner = rng.choice(PARTNERS)
        return f"{subject} {modal} {action}, working with {partner}{rng.choice(CONDITIONS)}."
    return f"{subject} {modal} {action}."


def clause_text(rng, section, sentences):
    parts = [sentence(rng, section)]
    for _ in range(sentences - 1):
        roll = rng.random()
        if roll < 0.35:
            parts.append(rng.choice(section["facts"]))
        elif roll < 0.5:
            parts.append(rng.choice(GENERIC_FACTS))
        else:
            parts.append(sentence(rng, section))
    # No sentence twice in one clause.
    seen, kept = set(), []
    for p in parts:
        if p not in seen:
            seen.add(p)
            kept.append(p)
    return " ".join(kept)


def lettered(items, rng, w):
    items = rng.sample(items, k=min(len(items), rng.randint(3, 5)))
    xml = ['<text:list text:style-name="Lettered">']
    for i, item in enumerate(items):
        end = "." if i == len(items) - 1 else (";" if i < len(items) - 2 else "; and")
        xml.append(f"<text:list-item>{para('List_20_body', item + end)}</text:list-item>")
    xml.append("</text:list>")
    w.raw("".join(xml))


def table(caption, head, rows, w):
    widths = {2: ["Tbl.A", "Tbl.B"], 3: ["Tbl.W", "Tbl.N", "Tbl.N"]}[len(head)]
    xml = [para("Caption", caption)]
    xml.append(f'<table:table table:name="{escape(caption.split(":")[0])}" table:style-name="Tbl">')
    xml += [f'<table:table-column table:style-name="{c}"/>' for c in widths]

    def row(cells, style):
        return "<table:table-row>" + "".join(
            f'<table:table-cell table:style-name="Tbl.Cell" office:value-type="string">{para(style, c)}</table:table-cell>'
            for c in cells
        ) + "</table:table-row>"

    xml.append("<table:table-header-rows>" + row(head, "Table_20_Heading") + "</table:table-header-rows>")
    xml += [row(r, "Table_20_Contents") for r in rows]
    xml.append("</table:table>")
    w.raw("".join(xml))


def body():
    rng = random.Random(SEED)
    w = Writer()
    w.raw(para("Title", f"{TITLE} for People on Probation"))
    w.raw(para("Subtitle", "Service specification for the Commissioned Rehabilitative Services programme in England and Wales"))
    w.raw(para("Text_20_body", "Version 2.1, issued for tender. Classification: OFFICIAL. Owner: Head of Commissioning, HM Prison and Probation Service."))
    w.raw(para("Text_20_body", "This document describes the service the Authority intends to buy. It is not a contract; the Contract and its schedules set out the legal terms."))
    for section in SECTIONS:
        w.entry(1, f'<text:h text:style-name="Heading_20_1" text:outline-level="1">{escape(section["heading"])}</text:h>')
        tbl = TABLES.get(section["heading"])
        for n in range(CLAUSES_PER_SECTION):
            if tbl and n == 3:
                table(*tbl, w)
            roll = rng.random()
            if roll < 0.12:
                # A clause that introduces a lettered list.
                lead, items = rng.choice(section["lists"])
                w.entry(2, para("Clause", clause_text(rng, section, rng.randint(1, 2)) + " " + lead))
                lettered(items, rng, w)
                continue
            w.entry(2, para("Clause", clause_text(rng, section, rng.randint(1, 3))))
            if roll < 0.55:
                listed = False  # at most one lettered list among a clause's sub-clauses
                for m in range(rng.randint(1, 4)):
                    if m > 0 and not listed and rng.random() < 0.12:
                        lead, items = rng.choice(section["lists"])
                        w.entry(3, para("Clause", lead))
                        lettered(items, rng, w)
                        listed = True
                    else:
                        w.entry(3, para("Clause", clause_text(rng, section, rng.randint(1, 2))))
    w.close_list()
    return "\n".join(w.out)


def document():
    # Styles, page layout, header and footer as in tests/fixtures/documents/src/accommodation-spec.fodt.
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- Written by scripts/make_bench_documents.py (seed {SEED}); do not edit by hand. -->
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
  xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
  xmlns:xml="http://www.w3.org/XML/1998/namespace"
  office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:font-face-decls/>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:margin-bottom="0.2cm" fo:line-height="125%"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-family="'Liberation Sans'" fo:font-size="11pt" fo:language="en" fo:country="GB"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
  <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text"/>
  <style:style style:name="List_20_body" style:display-name="List body" style:family="paragraph" style:parent-style-name="Text_20_body" style:class="list">
   <style:paragraph-properties fo:margin-bottom="0.1cm"/>
  </style:style>
  <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter">
   <style:paragraph-properties fo:margin-top="3cm" fo:margin-bottom="0.6cm"/>
   <style:text-properties fo:font-size="24pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter">
   <style:paragraph-properties fo:margin-bottom="1cm"/>
   <style:text-properties fo:font-size="14pt"/>
  </style:style>
  <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
   <style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.3cm" fo:keep-with-next="always"/>
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1" style:class="text">
   <style:paragraph-properties fo:break-before="page"/>
   <style:text-properties fo:font-size="16pt"/>
  </style:style>
  <style:style style:name="Clause" style:family="paragraph" style:parent-style-name="Text_20_body" style:class="text"/>
  <style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:paragraph-properties fo:margin-top="0.3cm" fo:keep-with-next="always"/>
   <style:text-properties fo:font-style="italic"/>
  </style:style>
  <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:paragraph-properties fo:margin-bottom="0cm"/>
  </style:style>
  <style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra">
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:text-properties fo:font-size="9pt"/>
  </style:style>
  <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:paragraph-properties fo:text-align="center"/>
   <style:text-properties fo:font-size="9pt"/>
  </style:style>
  <text:list-style style:name="Spec">
   <text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix=".">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" fo:text-indent="-0.762cm" fo:margin-left="0.762cm"/></style:list-level-properties>
   </text:list-level-style-number>
   <text:list-level-style-number text:level="2" style:num-format="1" text:display-levels="2">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" fo:text-indent="-1.27cm" fo:margin-left="1.27cm"/></style:list-level-properties>
   </text:list-level-style-number>
   <text:list-level-style-number text:level="3" style:num-format="1" text:display-levels="3">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" fo:text-indent="-1.27cm" fo:margin-left="2.54cm"/></style:list-level-properties>
   </text:list-level-style-number>
  </text:list-style>
  <text:list-style style:name="Lettered">
   <text:list-level-style-number text:level="1" style:num-format="a" style:num-suffix=")">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" fo:text-indent="-0.635cm" fo:margin-left="3.175cm"/></style:list-level-properties>
   </text:list-level-style-number>
  </text:list-style>
 </office:styles>
 <office:automatic-styles>
  <style:style style:name="Tbl" style:family="table"><style:table-properties style:width="17cm" table:align="left" fo:margin-bottom="0.3cm"/></style:style>
  <style:style style:name="Tbl.A" style:family="table-column"><style:table-column-properties style:column-width="5cm"/></style:style>
  <style:style style:name="Tbl.B" style:family="table-column"><style:table-column-properties style:column-width="12cm"/></style:style>
  <style:style style:name="Tbl.W" style:family="table-column"><style:table-column-properties style:column-width="9cm"/></style:style>
  <style:style style:name="Tbl.N" style:family="table-column"><style:table-column-properties style:column-width="4cm"/></style:style>
  <style:style style:name="Tbl.Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="21.001cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
   <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.5cm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.5cm"/></style:footer-style>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:header><text:p text:style-name="Header">{escape(HEADER)}</text:p></style:header>
   <style:footer><text:p text:style-name="Footer">Page <text:page-number text:select-page="current">1</text:page-number> of <text:page-count>60</text:page-count></text:p></style:footer>
  </style:master-page>
 </office:master-styles>
 <office:body>
  <office:text>
{body()}
  </office:text>
 </office:body>
</office:document>
"""


def main():
    args = [a for a in sys.argv[1:] if a != "--fodt-only"]
    fodt_only = "--fodt-only" in sys.argv[1:]
    out = Path(args[0]) if args else ROOT / "tests/fixtures/documents/bench"
    out.mkdir(parents=True, exist_ok=True)
    if fodt_only:
        (out / "long-spec.fodt").write_text(document(), encoding="utf-8")
        return
    if not shutil.which("soffice"):
        sys.exit("soffice not found: apt-get install -y libreoffice-writer-nogui")
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / "long-spec.fodt"
        source.write_text(document(), encoding="utf-8")
        # A private profile, so a running LibreOffice (or a first-start dialog) cannot interfere.
        lo = ["soffice", f"-env:UserInstallation=file://{work}/profile", "--headless"]
        for kind in ("docx", "pdf"):
            subprocess.run(lo + ["--convert-to", kind, "--outdir", str(out), str(source)],
                           check=True, stdout=subprocess.DEVNULL)
    for kind in ("docx", "pdf"):
        path = out / f"long-spec.{kind}"
        print(f"{path}: {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
