# Builds eval-dev2-library.jsonl (kept for transparency; data written by hand below).
import json
PTO="mattermost-paid-time-off.md"; TRV="mattermost-travel.md"; LOA="mattermost-leaves-of-absence.md"
HW="mattermost-hardware-software.md"; PR="mattermost-performance-reviews.md"; OFF="mattermost-offboarding.md"
LD="mattermost-learning-development.md"; PP="mattermost-people-policies.md"; TR="mattermost-total-rewards.md"
RV="mattermost-remote-values.md"; HA="hackerbay-anti-harassment.md"; SL="hackerbay-salary-and-leave.md"
UP="hackerbay-underperformance.md"
WHEN="When you take time off \\(full days only\\) please do the following"
HOLS="Typical public holidays in our entities and EOR locations- Australia, Canada, Germany, Spain, Sweden, UK, and US"
APPLY="How to apply for a leave of absence \\(staff\\)"
LAP="Laptop \\(business computer\\)"; DESK="Desktop \\(business computer\\)"; MDM="Mobile device management \\(MDM\\)"
COVID="Staff travel guidelines during COVID"; MEET="Things to know about planning an in-person meet-up"
MGRTR="Mandatory Manager responsibilities and training"; HS="Health and Safety Policy"
FAQ="Frequently asked questions"

IN = [
 # --- paid time off
 ("is the holiday thing really unlimited?? like actually no cap", [(PTO,"Common time off questions",["There is no limit to how much time off you can take when your work is meeting or exceeding expectations."]),(PTO,"Planned Time Off",["Mattermost is committed to supporting the well-being and work-life balance of our staff through our Unlimited PTO policy."])]),
 ("how much time off are we expected to take minimum per yr", [(PTO,"Common time off questions",["We strongly recommend a minimum of 2 weeks per year."])]),
 ("does anyone keep trak of how many days off i take", [(PTO,"Common time off questions",["PTO is not monitored"])]),
 ("where do i actually put in a vacation request, what option do i pick", [(PTO,WHEN,["When submitting vacation requests in Rippling, select \"Planned Time Off\"."])]),
 ("feeling rough today with a migraine, how do I log a sick day in rippling", [(PTO,WHEN,["If time off is being taken for sickness, including physical and mental needs, please enter these days in"])]),
 ("I live in Brazil which isn't one of the entity countries. how do i record our public holidays so they dont eat into pto?", [(PTO,WHEN,["please ensure to enter any statutory public holidays taken in your region of residence"])]),
 ("who has to aprove my time off", [(PTO,WHEN,["Managers are responsible for approving their direct reports' time off requests in Rippling before they proceed on time off."])]),
 ("how can i see who is off this week before I schedule a workshop", [(PTO,"Where to go to see who's out",["Here, you will find information regarding who is out of office and who has upcoming time off scheduled."])]),
 ("I couldn't use all my statutory vacation this year bc of the launch. can i carry the days over to next yr?", [(PTO,"Statutory Vacation Requirements",["Statutory vacation day carryover must be approved in advance by your manager, Team MLT, and the People Team."])]),
 ("whose job is it to make sure people take their legal minimum holidays", [(PTO,"Statutory Vacation Requirements",["it is the responsibility of managers to ensure that their direct reports are taking the required statutory minimum vacation"])]),
 ("i dont celebrate christmas but do celebrate eid - can i take eid off instead?", [(PTO,"Holidays",["Please take off holidays relevant to your culture, resident"])]),
 ("is whit monday a day off for the german team", [(PTO,HOLS,["Whit Monday"])]),
 ("half the team is out for thanksgiving, are we still doing the weekly sync or does it get moved", [(PTO,HOLS,["It’s up to meeting chairs to decide whether to reschedule if few people can attend"])]),
 ("off for two weeks from friday. what do i need to sort out in gcal/mattermost before i go so nothing breaks", [(PTO,WHEN,["Assign PTO backups","Make sure to auto-decline new and existing meetings while you're away"])]),
 # --- travel
 ("want to get my team together in person in lisbon, how do i kick that off", [(TRV,MEET,["Obtain written approval to plan an in-person meetup from your team MLT."])]),
 ("what's a meetup champion / travel DRI", [(TRV,MEET,["All in-person travel requires a Meetup Champion, also called Travel DRIs."])]),
 ("how far ahead do i need to submit a request for a 3 day offsite", [(TRV,COVID,["Meetup requests that are longer than one day must be submitted two months in advance."])]),
 ("notice needed for a one-day meetup?", [(TRV,COVID,["Meetup requests for a one day meetup must be submitted two weeks in advance."])]),
 ("Honestly I'm not comfortable flying right now. Do I have to attend the in-person team event next month or will that look bad?", [(TRV,COVID,["Attendance is not required for in-person meetings or events."])]),
 ("should i book flexible/refundable tickets or just cheapest", [(TRV,COVID,["select refundable rates whenever possible"])]),
 ("which airline do we use for work trips", [(TRV,COVID,["Our preferred airline vendor is United Airlines and we have an account you can use."])]),
 ("if i end up stuck in quarantine after a conference does the company pay the extra hotel nights", [(TRV,COVID,["Mattermost will not sponsor any lodging expenses due to quarantine requirements"])]),
 ("who sorts out visa requirements when I travel for work, me or the company?", [(TRV,COVID,["Travelers are responsible for knowing any travel visa requirements of your destination region(s) and region of origin."])]),
 ("what info do i need to include in a travel approval request", [(TRV,COVID,["Travel approval requests should include: trip dates, purpose, and budget/cost."])]),
 # --- leaves of absence
 ("how much notice do i need to give HR before starting a leave of absence", [(LOA,APPLY,["and your manager at least thirty days before your leave"])]),
 ("if the law in my country gives more leave than the company policy which one wins", [(LOA,"Leaves of Absence",["Local regulation will override any Mattermost policy"])]),
 ("baby due date isnt exact, what dates do i put in rippling??", [(LOA,APPLY,["The dates may be approximate and HR will adjust accordingly once the leave begins."])]),
 ("manager q: one of my reports is going on parental leave for months. can i get temp cover for her work?", [(LOA,"Manager responsibilities during a leave of absence",["A manager may utilize temporary staffing solutions as part of their coverage plan."])]),
 ("will my job still be there when i come back from baby bonding leave", [(LOA,"Manager responsibilities during a leave of absence",["Any staff member going on a pregnancy or baby bonding parental leave of absence is entitled to job protection rights respective to the benefit and their respective local regulations."])]),
 ("what sort of longer leave can i go on besides normal pto", [(LOA,"Types of leaves of absence",["Pregnancy Leave","Jury Duty"])]),
 # --- hardware & software
 ("what mac do engineers get", [(HW,LAP,["General specs are M3 Max 16-core CPU, 40-core GPU, 16-core Neural Engine, 64GB memory, 1TB SSD."])]),
 ("I'm in sales and prefer windows, what laptop would i get", [(HW,LAP,["General specs are i9, 32GB memory, 1TB SSD."])]),
 ("new laptop just arrived!! anything i need to do with it", [(HW,LAP,["you're required to register it by completing an","This step should be completed within 5 business days after your laptop was received."])]),
 ("can i get a desktop on top of my laptop? im in marketing", [(HW,DESK,["Desktops may be requested alongside a laptop for"])]),
 ("how long does it take for a desktop to be delivered", [(HW,DESK,["expect on average 1-4 week delivery window"])]),
 ("i'm joining the on-call rota, do i get a work phone", [(HW,"Hardware",["or you participate in an on-call rotation, you may be eligible for a Mattermost-provided phone"])]),
 ("will the company phone be the latest iphone model", [(HW,"Hardware",["On average, devices will be 2 generations behind the newest available model."])]),
 ("do i have to put MDM on my personal phone if I use it for slack/email", [(HW,MDM,["An MDM must not be configured when using a personal phone."])]),
 ("how often am I allowed a new company phone", [(HW,"Process",["The employee is allowed to request a new mobile device every three years according to the current mobile device policy."])]),
 ("can I use my company phone for personal stuff like whatsapp with family", [(HW,"Acceptable use",["Personal usage is explicitly discouraged outside of emergency situations."])]),
 ("my laptop is really slow and killing my productivity, can I get a replacement or do i have to wait 3 yrs", [(HW,"Laptop",["if your productivity is suffering, you can request a new laptop at any time"])]),
 ("bought a 1200 dollar monitor, do i need to register it somewhere", [(HW,"Other computer technology",["The cost of the device is 1,000 USD or greater."])]),
 ("I put a design tool subscription on my own card without checking with anyone, will that get reimbursed?", [(HW,"Software systems",["Note that any software expensed that has not been vetted through Procurement will not be reimbursed."])]),
 ("want a new mech keyboard - is keychron on the approved list", [(HW,"Approved Vendors",["Keychron"])]),
 ("brand i want isn't on the approved vendor list, what now", [(HW,"Approved Vendors",["If a vendor you wish to purchase is not listed, please open an"])]),
 # --- performance reviews
 ("how many peers can I choose to give me feedback in the review", [(PR,"Peer Feedback",["Staff are welcome to select 3-5 peers for their peer feedback panel."])]),
 ("is salary looked at in the mid year review as well or just end of year", [(PR,"What is the process?",["Compensation is only reviewed during the annual Winter Performance Review cycle."]),(TR,FAQ,["Compensation reviews occur once a year as part of the end of year review cycle"])]),
 ("started in june, do I have to do the midyear review?", [(PR,"What is the process?",["Team members joining May - August will follow the typical"])]),
 ("how are we scored in perf reviews, like how many possible ratings r there", [(PR,"Rating Scale",["we moved to a 4-point rating scale"])]),
 ("what does a 'needs development' rating actually mean", [(PR,"Rating Scale",["Does not consistently meet expectations that are appropriate for the role or level."])]),
 ("what book are managers meant to read before doing reviews", [(PR,"Manager Training",["We use Chapter 13 of the book"])]),
 ("who gives me my overall rating", [(PR,"Manager Evaluation",["Managers will provide an overall performance rating."])]),
 ("where can I learn how to nominate peer reviewers in lattice", [(PR,"Are there any resources available?",["Learn how to use Lattice, nominate peer reviewers, give effective peer and upward feedback, and write your self-reflection"])]),
 ("what am I supposed to write about in my own self-assessment", [(PR,"Self Reflection",["The self reflection includes all of the review categories in the peer review."])]),
 ("do the annual reviews affect pay?", [(PR,"Are annual performance reviews also a time to review compensation?",["changes in level and in compensation are also reviewed with the HR team and compensation committees by department"])]),
 # --- offboarding
 ("thinking of handing in my notice at mattermost... how much notice do i need to give", [(OFF,"Instructions for departing team members",["a minimum of two weeks' notice is required for voluntary departures"]),(OFF,"Instructions for managers",["a minimum of two weeks' notice is required for voluntary departures"])]),
 ("when I leave do i have to ship back my desk and chair too? they were bought with the home office budget", [(OFF,"Instructions for departing team members",["You do not need to, and you will not be asked to, return home office equipment, such as: desk, chair, laptop stand, etc."])]),
 ("can i keep my labtop after i leave", [(OFF,"Instructions for departing team members",["Staff members have the option to buy back their existing hardware when they are offboarding."])]),
 ("is the exit interveiw compulsory", [(OFF,"Instructions for departing team members",["While exit interviews are not mandatory"])]),
 ("one of my team just resigned :( what do I do first as their manager", [(OFF,"Instructions for managers",["Forward staff member's resignation letter/email to MLT member and HR hr@mattermost.com."])]),
 ("can the person leaving send an @all goodbye email", [(OFF,"Communicating departures",["invite the departing staff member to draft a message to be shared in the","This message should be reviewed by the departing staff member's manager and HR."])]),
 ("what should a handover plan include for someone leaving", [(OFF,"Plan for the transition",["Overview of current projects and stakeholders in those projects."])]),
 ("what paperwork do i sign on the way out", [(OFF,"Instructions for departing team members",["All departing staff will receive a Role Completion Form via DocuSign."])]),
 # --- learning & development
 ("how many bravely coaching sessions do we get", [(LD,"Bravely",["two 45-minute"])]),
 ("is what i say to the coach kept private? dont want my manager hearing it", [(LD,"How it Works",["You will meet with your coach for a 45-minute, confidential coaching session (either video or phone).","All Bravely coaches sign a confidentiality agreement to protect your privacy."])]),
 ("used both my coaching sessions already, any way to get more?", [(LD,"How it Works",["If you have used your sessions and would like to request additional sessions"])]),
 ("can coaching help with burnout or is it just for career stuff", [(LD,"Use Cases",["To tackle stress and burnout"])]),
 ("just became a manager for the first time - is there any training for me", [(LD,"Learning programs",["is a toolkit developed by the People Team to onboard new managers","The training consists of 10 workshops"])]),
 ("growthspace coaching - how many sessions is that", [(LD,"Learning programs",["Participants will be matched with an experienced coach over five one-hour long sessions"])]),
 ("if I don't want the coaching sessions who do i tell", [(LD,"How it Works",["If you would like to opt out of the coaching program, please contact the People Team"])]),
 # --- people policies
 ("what happens if someone just goes silent and doesnt show up for a few days", [(PP,"Job abandonment",["When a staff member is absent from work for 3 consecutive workdays"])]),
 ("does the company watch what I do on my work laptop?", [(PP,"Electronic Monitoring Policy",["Mattermost does not engage in electronic monitoring of staff or their activities through their work equipment"])]),
 ("do I need a first aid kit at home for WFH", [(PP,HS,["Have access to a first aid kit in their home working environment"])]),
 ("how often do i have to do the home office safety inspection", [(PP,HS,["Staff are asked to inspect their workplaces quarterly using the Workplace Health and Safety Checklist"])]),
 ("tripped over my monitor cable at home while working and hurt my wrist, who do i report that to", [(PP,HS,["Staff must promptly report any health and safety incident to their managers, the People team, or the Joint Health and Safety Committee (JHSC)."])]),
 ("how often do managers have to redo the anti-harassment training", [(PP,MGRTR,["Managers are required to complete a 2-hour Anti-Harassment Training online.","Cadence: Every 2 years"])]),
 ("who can i contact if im being harassed at mattermost", [(PP,"Anti-harassment procedures",["promptly contact the Director of Human Resources at 650-667-8512 for assistance"]),(PP,"Code of Conduct",["promptly contact the Director of Human Resources at 650-667-8512 for assistance"])]),
 ("am I allowed to refuse a task if i think its unsafe", [(PP,HS,["Refuse work they believe is unsafe."])]),
 ("if I file a discrimination complaint could I get in trouble for it?", [(PP,"Anti-harassment procedures",["Retaliation, including intimidation, threat, coercion, or discrimination, against an employee or applicant because they have objected to discrimination"]),(HA,"Retaliation",["Retaliation of any sort for filing a claim of harassment will not be tolerated."])]),
 # --- total rewards
 ("why would someone in california be paid differently from me in spain for the same job", [(TR,FAQ,["Alignment to local market compensation is a part of our total rewards philosophy"])]),
 ("what are the four quarters of the salary range", [(TR,"How we determine compensation",["Each salary range is broken into four quarters, representing different competency levels i.e. new to role, learning, mastering or teaching."])]),
 ("does our pay go up with inflaton?", [(TR,FAQ,["We account for inflation through analysis of changes in local market compensation by role and level."])]),
 ("can my manager put me forward for a raise outside of review time", [(TR,FAQ,["Off-cycle review requests are exceptions and would ideally only occur to address an urgent business need that cannot wait until the next performance review cycle."])]),
 ("how does the company decide pay, whats the thinking behind it", [(TR,"Total Rewards principles",["Data driven (pay decisions based on external and internal benchmarks)."])]),
 ("my mate at another company gets paid way more for the same role in the same city, can we match that", [(TR,FAQ,["No. We expect to pay market rates."])]),
 ("besides salary what else is part of our package", [(TR,"How we determine compensation",["The components of our total rewards package include base salary, performance pay, benefits, work-life programs, and a work environment that supports growth and development."])]),
 ("hiring manager here - i don't agree with the comp recommendation for my candidate. how do i push back and how long does it take", [(TR,FAQ,["Any disagreement should be resolved within approximately 3 business days.","please work with your MLT leader to share your viewpoint in writing with our Total Rewards Manager"])]),
 ("what is the salary range based on", [(TR,"How we determine compensation",["Cost of labor (local market compensation)"])]),
 # --- remote values
 ("should i be muted on the big all hands zoom", [(RV,"Meeting Etiquette",["Mute audio in large video conferences when not speaking."])]),
 ("is it rude to answer chat messages during a call", [(RV,"Meeting Etiquette",["Avoid responding to messages in chat while on a meeting."])]),
 ("when priorities clash what comes first - team or customer?", [(RV,"Mattermost Remote Values",["We prioritize decisions to optimize value in order of: Customers, Company, Team, Self."])]),
 ("need a fun warm-up activity to start my team meeting, any ideas?", [(RV,"Ice-breaker",["Two truths and a lie","Hobby talk"])]),
 ("my wifi is bad, can i join zoom on laptop and dial in on phone for audio", [(RV,"Meeting Etiquette",["Avoid connecting with your computer but also dialing in via cell phone.","If you have a bad internet connection and have to dial in, exit the Zoom meeting on your computer."])]),
 ("any guidance on how to write messages for a global team", [(RV,"Mattermost Remote Values",["Use simple language and avoid buzzwords and cultural idioms."])]),
 # --- hackerbay anti-harassment
 ("someone on my team keeps making comments about me, where do i email to report it at hackerbay", [(HA,"TL;DR",["Please send an email to antiharassment@hackerbay.io if you're the victim."])]),
 ("is it harassment if someone keeps calling a colleague 'he' after she asked them not to", [(HA,"Sexual Harassment",["Purposely mis-gendering people"])]),
 ("im a contractor not an employee, does the harassment policy cover me", [(HA,"Scope",["This policy applies to all team members employed by any entity of HackerBay, whether contractor or employee, in all locations."])]),
 ("what details do i need to give when i report harassment", [(HA,"Reporting Alleged Harassment",["asked to provide a written account of any action(s) causing concern, dates and times such actions occurred, and names of anyone involved"])]),
 ("who investigates a harassment complaint", [(HA,"Reporting Alleged Harassment",["an impartial investigation will be conducted by People Operations or by an independent third party"])]),
 ("as a manager, someone mentioned harassment to me in passing but didn't file anything formal - do I still need to act?", [(HA,"The Role of Managers",["whether or not there has been a written or formal complaint made to People Operations"])]),
 ("a guy on the team jokes about 'punching' people when he's annoyed. is that ok if it's clearly a joke", [(HA,"Bullying / Workplace Violence",["No individual employed by HackerBay should commit or threaten to commit any violent act or discuss committing such offenses, even in a joking manner."])]),
 ("does discrimination policy cover religion", [(HA,"Discrimination",["Religious belief or lack of religious belief"]),(PP,"Code of Conduct",["ethnicity, nationality, race, age, religion, veteran status"])]),
 ("what happens here at hackerbay if someone sexually harasses a coworker", [(HA,"TL;DR",["You'll be fired immediately."])]),
 # --- hackerbay salary & leave
 ("whats the max hours per week we get paid for", [(SL,"How is Salary Calculated",["Weekly hours are capped at 40."])]),
 ("worked 10hrs yesterday to finish a task, will all of it count?", [(SL,"How is Salary Calculated",["We set a hard cap to 9 hours (if you're in the middle of the task, that needs to be done)."])]),
 ("how much paid leave do i build up at hackerbay", [(SL,"Leave Policy",["In short paid leaves are 10% of the number of hours you worked."])]),
 ("didnt take any leave last month, does it roll over?", [(SL,"Leave Policy",["Please note that your leave days are not accumulated and any leave days exceeding 2 days in any month will be unpaid."])]),
 ("how many days in advance do i have to put in the leave form on the employee dashboard", [(SL,"Apply for leaves",["at least 3 working days in advance."])]),
 ("family emergency today, can I still take leave? how many times a year", [(SL,"Apply for leaves",["Fill the form on the same day of the emergency.","You can claim emergency leave twice / yr and we require evidence to consider it."])]),
 ("off sick for 2 days, do i need a doctors note", [(SL,"Medical Leave",["then it is mandatory to submit Doctors Prescription / Hospital Records & Invoice"])]),
 ("my hospital records are in hindi is that ok", [(SL,"Medical Leave",["If they're not in english, then a notarised translation is required."])]),
 ("how long can i take for maternaty leave", [(SL,"Maternity Leave:",["You can take a leave off upto 18 months."])]),
 ("only working half day tomorrow bc of appointment, what do i do", [(SL,"Partial Leaves",["then fill up a leave form"])]),
 ("im a night owl - can i work at night?", [(SL,"Office and Work Hours",["If you're a night owl, working at night is okay."])]),
 ("forgot to fill the standup form yesterday, is that a problem", [(SL,"Standups",["you will lose half of your pay-check for a day"])]),
 ("is there an office i can go into", [(SL,"Office and Work Hours",["Office is optional. We don't have an office."])]),
 ("left hubstaff running while i was at lunch, what happens", [(SL,"How is Salary Calculated",["Never clock idle time or add manual time on Hubstaff."])]),
 ("what should i do with slack when i'm on leave", [(SL,"Notes",["When you're on leave update your Slack Status accordingly."])]),
 # --- hackerbay underperformance
 ("how long does a PIP usually last", [(UP,"Process",["Team member gets time (2-3 weeks depending on the role and circumstances)"])]),
 ("do directors get put on PIPs too", [(UP,"Performance Improvement Plan (PIP)",["For director and higher functions we are unlikely to offer a PIP"])]),
 ("if im on a PIP will the whole company know", [(UP,"Confidential",["Information shared in a PIP should be kept confidential by both participants."])]),
 ("I'm a manager and have to give someone a PIP next week. how do i actually present it to them?", [(UP,"How to deliver a PIP",["schedule a call with the team member outside of the regular 1-1","Read it verbatim and don't deviate from it or think of other things to add during the call"])]),
 ("what goes into a pip document", [(UP,"Process",["Clear direction including metrics and concrete goals to improve"])]),
 ("one of my devs is slipping, what should i do first before anything formal", [(UP,"One-on-Ones & Coaching",["Managers should first address areas of poor performance or behavior related concerns verbally during one-on-one meetings"])]),
 ("who has to sign off a PIP before i give it", [(UP,"Process",["All PIPs should be forwarded to the People Ops Generalist for final review and approval before delivery."])]),
 ("person on PIP is improving but not quite there yet - can the plan be extended", [(UP,"Process",["a plan period may be extended at the discretion of the manager"])]),
]

OUT = [
 "question one",
 "asdf qwerty banana lamp",
 "test test 123",
 "when's payday this month",
 "how do I reset my okta password",
 "whats the wifi pasword",
 "who's on the support roster this weekend?",
 "how do I change the bank account my salary goes into",
 "what's the daily meal allowance / per diem when travelling for work",
 "does the company match pension or 401k contributions",
 "is there a gym or wellness reimbursement",
 "what's the bereavement leave policy? my grandmother just passed away",
 "do we get a referral bonus if someone i recommend gets hired",
 "how do i claim mileage for driving to a customer site",
 "am i allowed to post about my work on linkedin",
 "do we get our birthday off",
 "how do I set up 2FA on my github account",
 "when is the company christmas party this year",
 "how do i book a meeting room",
 "is there a dress code for customer meetings",
 "how do i get on the VPN",
 "what's the rule on drinking alcohol at company events",
 "how do I order business cards",
 "where can I park at HQ",
 "how do i get my photo added to the team page on the website",
 "how often do I have to change my password",
 "can i bring my dog to meetups",
 "is there a cycle to work scheme",
 "do staff get a discount on anything, like phones or gym memberships",
 "who do i ask to get a new email alias set up",
 "what's the policy on smoking during breaks",
 "can I take my company laptop with me on holiday abroad",
]
import sys
with open("eval-dev2-library.jsonl","w",encoding="utf-8") as f:
    for q, ans in IN:
        f.write(json.dumps({"question": q, "answers": [{"document": d, "section": s, "phrases": p} for d, s, p in ans]}, ensure_ascii=False) + "\n")
    for q in OUT:
        f.write(json.dumps({"question": q, "out_of_scope": True}, ensure_ascii=False) + "\n")
print(len(IN), "in-scope", len(OUT), "out-of-scope")
