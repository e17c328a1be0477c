using System.Text.Json.Nodes;

namespace PolicyBot.Cards.Tests;

/// <summary>Every card template bound to realistic data, including the longest texts the bot produces.</summary>
internal static class SampleCards
{
    private const string LongQuote = "Corrections employees can use social media tools freely in their personal lives and time, but should remember that they cannot comment on Corrections related matters, whether they relate to their role within Corrections or not, without specific authorisation. This excludes 'liking', 'sharing', 're-tweeting' or other promotion of content published to Corrections authorised social media platforms.";

    public static AnswerCardData Answer => new(
        "can I retweet corrections' tweets?",
        "Social Media Policy",
        "The Social Media Policy says, under \"Don't comment on Corrections matters\": \u201cThis excludes 'liking', 'sharing', 're-tweeting' or other promotion of content published to Corrections authorised social media platforms.\u201d",
        [
            new CitationCardData(1, "Social Media Policy > Policy principles and standards > Standards > Don't comment on Corrections matters", LongQuote, "social-media-policy", "policy-principles-and-standards/standards/dont-comment-on-corrections-matters"),
            new CitationCardData(2, "Social Media Policy > Policy principles and standards > Staff access to social media at work", "Authorised Corrections social media platforms include the Corrections' Facebook page, Twitter account and Youtube channel.", "social-media-policy", "policy-principles-and-standards/staff-access-to-social-media-at-work"),
            new CitationCardData(3, "Social Media Policy > Document details", "Owner: National Manager Communications, Corporate Services", "social-media-policy", "document-details"),
        ],
        null,
        "communications-team",
        "The Social Media Policy was due for review in July 2017; check with its owner that this is still current.",
        "fallback");

    public static HandoffCardData Handoff => new(
        "communications-team",
        "Communications team",
        "socialmedia@corrections.govt.nz",
        "Questions about Corrections' own use of social media, or authorisation to comment on Corrections matters, go to the Communications team.",
        "Staff with questions about Corrections' use of social media should email socialmedia@corrections.govt.nz or contact the Communications team.",
        "Can I speak to a reporter about my job?");

    private static readonly RefreshCardData Refresh = new("0123456789abcdef0123456789abcdef", ["29:1a2b3c-owner"]);

    private static readonly SignalCardData[] Signals =
    [
        new("Mentions Corrections or prisons", "\u201Cprison\u201D, \u201Clockdown\u201D"),
        new("Comments on politics or government policy", "\u201CMinister\u201D"),
    ];

    public static PostCheckQuestionCardData Question => new(
        Refresh.FlowId,
        2,
        "people",
        "Does it name or show colleagues, offenders, their families or other people from work?",
        null,
        [new("no", "No"), new("with-permission", "Yes, and they have agreed"), new("without-permission", "Yes, and I haven't asked them")],
        null,
        "Question 3 \u00B7 your draft answered 5 already",
        Signals,
        CanGoBack: true,
        Refresh);

    public static PostCheckVerdictCardData Verdict => new(
        Refresh.FlowId,
        3,
        "do-not-post",
        "Don't post this",
        "As it stands it would breach the policy.",
        "attention",
        Signals,
        [
            new(1, "Public servants must stay politically neutral and avoid public comment on or criticism of government policy.", null, "Social Media Policy > Policy principles and standards > Standards > Remain politically neutral", "Public servants must avoid public comment or criticism of government policy", "social-media-policy", "policy-principles-and-standards/standards/remain-politically-neutral"),
            new(2, "Staff cannot comment on Corrections matters, whether or not they relate to their own role, without specific authorisation.", null, "Social Media Policy > Policy principles and standards > Standards > Don't comment on Corrections matters", LongQuote, "social-media-policy", "policy-principles-and-standards/standards/dont-comment-on-corrections-matters"),
            new(3, "Offenders use social media to find personal information about staff.", "Take out anything that shows where you or colleagues live or work, and check your privacy settings.", "Social Media Policy > Policy principles and standards > Standards > Be safe", "Prisoners and offenders are known to use social media to obtain personal information about staff.", "social-media-policy", "policy-principles-and-standards/standards/be-safe"),
        ],
        [new("Communications team (socialmedia@corrections.govt.nz)", "Questions about Corrections' own use of social media, or authorisation to comment on Corrections matters, go to the Communications team."), new("Integrity Support Team", "Questions about staying safe on social media in a personal capacity go to your manager or the Integrity Support Team.")],
        "communications-team",
        "Ask the Communications team",
        "Can I post this? \u201CThe Minister's prison policy is a joke\u201D PolicyBot's verdict: do-not-post.",
        "The Social Media Policy was due for review in July 2017; check with its owner that this is still current.",
        Refresh);

    public static TopicCardData Topic => new(
        "social-media-policy",
        "policy-principles-and-standards/standards/be-safe",
        "Social Media Policy \u00B7 review overdue",
        "Be safe",
        null,
        [new(null, "Prisoners and offenders are known to use social media to obtain personal information about staff."), new(null, "Even social media sites with restricted privacy settings are in effect public.")],
        "The Social Media Policy was due for review in July 2017; check with its owner that this is still current.",
        null,
        CanReadSection: true,
        CanShare: true,
        null);

    public static TopicCardData Glance => Topic with
    {
        TopicId = "at-a-glance",
        Title = "Social Media Policy at a glance",
        Intro = "The following policy standards must be followed at all times when using social media tools as a representative of the organisation or in a personal capacity:",
        Points =
        [
            new("Remain politically neutral", "Public servants must be politically neutral and respect the authority of the government of the day."),
            new("Don't comment on Corrections matters", LongQuote),
            new("Be safe", "Prisoners and offenders are known to use social media to obtain personal information about staff."),
            new("Personal responsibility", "You are personally responsible for the content you publish."),
            new("Social media etiquette", "Be respectful, and don't post anything that could embarrass Corrections."),
            new("Seek advice if you're not sure", "If in doubt, don't post, and talk to your manager or the Communications team."),
        ],
        CanReadSection = false,
    };

    private static readonly SharedTopicCardData Shared = new("fedcba9876543210fedcba9876543210", "2 of 4 have read this", "Shared by Alex Manager on 25 November 2026", null, null, ["29:3manager"]);

    private static readonly TextRunCardData[] Plain = [new("Employees ", false, false)];

    public static WhatChangedCardData WhatChanged => new(
        "Social Media Policy \u00B7 version 2, effective 1 March 2027",
        "The Social Media Policy changed from version 1 (in use from 25 November 2026) to version 2 (effective 1 March 2027): 1 section added, 1 removed, 7 reworded, 1 renamed; 4 of the 10 changes are editorial only.",
        [
            new("Reworded", "Policy principles and standards > Standards > Be safe", null,
            [
                new(
                    [.. Plain, new("are encouraged to", true, false), new(" be selective about who they connect with and regularly review their privacy settings and ensure that their personal information isn't publicly available.", false, false)],
                    [.. Plain, new("must", false, true), new(" be selective about who they connect with and regularly review their privacy settings and ensure that their personal information isn't publicly available.", false, false)]),
                new([], [new("Do not post photos or videos taken inside a prison or Community Corrections site, or of staff in uniform, without specific authorisation.", false, false)]),
            ], null, "social-media-policy", "policy-principles-and-standards/standards/be-safe"),
            new("Renamed and reworded", "Roles and responsibilities", "Was: Requirements and responsibilities",
                [new([], [new("People leaders: Talk with their teams about changes to this policy when a new version is published.", false, false)])],
                null, "social-media-policy", "roles-and-responsibilities"),
            new("Removed", "Policy statement", null,
                [new([new(LongQuote, false, false)], [])],
                "2 more lines: they were in version 1.", "social-media-policy", null),
        ],
        "Also changed: Purpose, Staff access to social media at work, Use generative AI tools with care.",
        ["Scope: same words laid out anew (formatting)", "Related policies: renamed from \u201cRelated documents\u201d, same words", "Definitions: added \u201c,\u201d; \u201cYoutube\u201d \u2192 \u201cYouTube\u201d (punctuation, case)"],
        "Source: Social Media Policy, version 2, effective 1 March 2027, compared with version 1, in use from 25 November 2026.",
        "fallback");

    public static IReadOnlyDictionary<string, JsonObject> All =>
        Data.ToDictionary(sample => sample.Key, sample => CardTemplate.Render(sample.Value.Template, sample.Value.Data));

    /// <summary>Each sample's template and the data it is bound to.</summary>
    public static IReadOnlyDictionary<string, (string Template, object Data)> Data => new Dictionary<string, (string Template, object Data)>
    {
        ["what-changed"] = Sample("what-changed", WhatChanged),
        ["what-changed-shared"] = Sample("what-changed", WhatChanged with { ShareId = "fedcba9876543210fedcba9876543210", Sections = [WhatChanged.Sections[0]], MoreSections = null }),
        ["what-changed-editorial-only"] = Sample("what-changed", WhatChanged with { Sections = [], MoreSections = null, Summary = "The Social Media Policy changed from version 2 (effective 1 March 2027) to version 3 (in use from 2 June 2027): 2 reworded; 2 of the 2 changes are editorial only." }),
        ["postcheck-prompt"] = Sample("postcheck-prompt", new PostCheckPromptCardData("Social Media Policy", 5000, InChannel: false)),
        ["question-report"] = Sample("question-report", new QuestionReportCardData(
            "the last 30 days",
            128,
            109,
            19,
            23,
            4,
            [new ReportLine("Policy principles and standards > Standards > Be safe", "31"), new ReportLine("Policy principles and standards > Standards > Don't comment on Corrections matters", "24"), new ReportLine("Document details", "9")],
            [new ReportLine("how is overtime calculated on public holidays", "24 Nov"), new ReportLine("can i claim mileage between sites", "21 Nov")],
            [new ReportLine("my cousin tagged me in uniform, do i untag it", "22 Nov")],
            [new ReportLine("PB-1042: ticket card", "failed 24 Nov")])
        {
            Overdue = [new ReportLine("Social Media Policy", "review was due July 2017")],
            Approved =
            [
                new ReportLine("Answer 2, \u201cCan I reply to a news story about a prison?\u201d (PB-1012)", "expired, to review (shown 7 times): \u201cDon't comment on Corrections matters\u201d changed in version 2, effective 1 March 2027."),
                new ReportLine("Answer 1, \u201cCan I add colleagues as friends on Facebook?\u201d (PB-1001)", "shown 12 times since approved, last on 24 Nov; interprets \u201cBe safe\u201d; approved by Ana Comms (Communications team)"),
            ],
        }),
        ["question-report-empty"] = Sample("question-report", new QuestionReportCardData("the last 30 days", 0, 0, 0, 0, 0, [], [], [])),
        ["postcheck-prompt-offered"] = Sample("postcheck-prompt", new PostCheckPromptCardData("Social Media Policy", 5000, InChannel: false, Lead: "I don't write posts, but I can check one you've written against the policy. Paste it below.")),
        ["postcheck-prompt-expired-channel"] = Sample("postcheck-prompt", new PostCheckPromptCardData("Social Media Policy", 5000, InChannel: true, "That check has expired or is no longer available. Start a new one here.")),
        ["postcheck-question"] = Sample("postcheck-question", Question),
        ["postcheck-question-first-personal"] = Sample("postcheck-question", Question with { Step = 0, CanGoBack = false, Signals = [], Refresh = null, Selected = "no", Help = "The policy applies both when you post for Corrections and when you post in a personal capacity.", Progress = "Question 1" }),
        ["postcheck-verdict"] = Sample("postcheck-verdict", Verdict),
        ["postcheck-verdict-model-judgment"] = Sample("postcheck-verdict", Verdict with { ModelJudgment = "The draft mocks colleagues, which reads as criticism of the department. (See: Be respectful.)" }),
        ["postcheck-verdict-ok-personal"] = Sample("postcheck-verdict", Verdict with { Verdict = "ok", Title = "You can post this", Summary = "Nothing you told me conflicts with the policy.", Style = "good", Signals = [], Reasons = [Verdict.Reasons[1]], NextSteps = [], AskTo = null, AskLabel = null, Step = 0, Refresh = null }),
        ["postcheck-shared"] = Sample("postcheck-shared", new PostCheckSharedCardData("Mere Tane", Refresh)),
        ["answer"] = Sample("answer", Answer with { ShareSource = Answer.Citations[0] }),
        ["answer-approved"] = Sample("answer", Answer with { Approved = new ApprovedAnswerCardData("Approved answer from the Communications team, interpreting \u201cDon't comment on Corrections matters\u201d", "Yes: sharing Corrections' own posts as they are is fine. Don't add your own comment about Corrections when you share.", "Approved by Ana Comms on 1 December 2026", "Social Media Policy > Policy principles and standards > Standards > Don't comment on Corrections matters", LongQuote) }),
        ["approve-answer"] = Sample("approve-answer", new ApproveAnswerCardData(12, "PB-1012", "Communications team", "Can I speak to a reporter about my job?", "No: refer the reporter to the media team.", [new("social-media-policy#policy-principles-and-standards/standards/dont-comment-on-corrections-matters", "Policy principles and standards > Standards > Don't comment on Corrections matters"), new("social-media-policy#purpose", "Purpose")], "social-media-policy#policy-principles-and-standards/standards/dont-comment-on-corrections-matters")),
        ["approve-answer-notice"] = Sample("approve-answer", new ApproveAnswerCardData(12, "PB-1012", "Integrity Support Team", "Can I speak to a reporter about my job?", "No.", [new("social-media-policy#purpose", "Purpose")], "social-media-policy#purpose", "Choose the part of the policy the answer interprets.")),
        ["answer-version-note"] = Sample("answer", Answer with { VersionNote = "Quoted from the Social Media Policy, version 2, effective 1 March 2027." }),
        ["answer-generated"] = Sample("answer", Answer with { AnswerInMessage = true }),
        ["answer-after-feedback"] = Sample("answer", Answer with { FeedbackThanks = "Thanks, glad it helped." }),
        ["answer-not-covered"] = Sample("answer", Answer with { Heading = "Not covered by the policy", Answer = "I couldn't find this in the Social Media Policy, so I won't guess.", Citations = [], Handoff = Handoff, ReviewNote = null }),
        ["answer-not-covered-posting"] = Sample("answer", Answer with { Heading = "Not covered by the policy", Answer = "I couldn't find this in the Social Media Policy, so I won't guess.", Citations = [], Handoff = Handoff, ReviewNote = null, PostCheckHint = "To have a draft checked against the policy, send \u201ccan I post this:\u201d followed by the draft." }),
        ["welcome-personal"] = Sample("welcome", new WelcomeCardData("the Social Media Policy", [new("Can I share Corrections' Facebook posts?"), new("Who owns this policy?")], InChannel: false)),
        ["welcome-channel"] = Sample("welcome", new WelcomeCardData("the Social Media Policy", [new("Can I share Corrections' Facebook posts?")], InChannel: true)),
        ["section"] = Sample("section", new SectionCardData("Social Media Policy", "Policy principles and standards > Standards > Be safe", [new("- " + LongQuote), new("- Even social media sites with restricted privacy settings are in effect public.")], [], null, "Past review.")),
        ["section-table"] = Sample("section", new SectionCardData("Social Media Policy", "Requirements and responsibilities", [], [new("Managers", "Ensure new and existing staff in their teams are made aware of this policy.")], null, null)),
        ["handoff"] = Sample("handoff", Handoff),
        ["handoff-no-email"] = Sample("handoff", Handoff with { Contact = string.Empty, Name = "your manager" }),
        ["topic"] = Sample("topic", Topic),
        ["topic-glance"] = Sample("topic", Glance),
        ["topic-shared"] = Sample("topic", Topic with { CanShare = false, Shared = Shared }),
        ["topic-shared-read-updated"] = Sample("topic", Glance with { CanShare = false, UpdatedNote = "Policy updated: the policy has changed since Alex Manager shared this on 25 November 2026. This is the current text.", Shared = Shared with { ReadByViewer = "You read this on 26 November 2026." } }),
        ["topic-shared-reread"] = Sample("topic", Topic with { CanShare = false, UpdatedNote = "Policy updated: version 2, effective 1 March 2027. This is the current text.", Shared = Shared with { ReadByViewer = "You read version 1 on 26 November 2026.", NeedsRereading = true, CanSeeChanges = true, Update = "Updated since you read it: \u201cBe safe\u201d changed in version 2, effective 1 March 2027. Read what changed, then confirm." } }),
        ["topic-shared-sharer-versions"] = Sample("topic", Topic with { CanShare = false, Shared = Shared with { Count = "2 of 4 have read the current version; 1 read an earlier version", CanSeeChanges = true, Tracking = new AckTrackingCardData("Sam Staff (v2), Mere Tane (v2)", "Jo Brown", CanRemind: true) { Earlier = "Tui Ngata (v1)", CanExport = true } } }),
        ["topic-shared-sharer"] = Sample("topic", Topic with { CanShare = false, Shared = Shared with { Tracking = new("Sam Staff, Mere Tane", "Tui Ngata, Jo Brown", CanRemind: true) } }),
        ["share-picker"] = Sample("share-picker", new SharePickerCardData("social-media-policy", "at-a-glance", "Social Media Policy at a glance", [new("19:general@thread.tacv2", "General"), new("19:onboarding@thread.tacv2", "Onboarding")], "19:general@thread.tacv2")),
        ["notice"] = Sample("notice", new NoticeCardData("Sorry, that didn't work", "Please ask again.", "Attention")),
        ["escalation-confirm"] = Sample("escalation-confirm", new EscalationConfirmCardData(Handoff.To, Handoff.Name, Handoff.Reason, Handoff.Source, "Can I speak to a reporter about my job?\n\nPolicyBot's answer: " + LongQuote, [new("Communications team", "communications-team"), new("Integrity Support Team (confidential)", "integrity-support-team"), new("Your manager", "manager")], "It goes to the Communications team's queue in Teams; you'll get the answer here.")),
        ["ticket-unassigned"] = Sample("ticket", new TicketCardData(12, "PB-1012", "Communications team", "Unassigned", "Can I speak to a reporter about my job?", "PolicyBot's answer: " + LongQuote, "Sam Staff", null, null, "25 Nov 2026 10:00")),
        ["ticket-answered"] = Sample("ticket", new TicketCardData(12, "PB-1012", "Communications team", "Answered", "Can I speak to a reporter about my job?", string.Empty, "Confidential (name withheld at the requester's request)", "Ana Comms", "No: refer the reporter to the media team.", "25 Nov 2026 10:00", "Reminder: this question has waited more than 4 working hours.")),
    };

    private static (string Template, object Data) Sample(string template, object data) => (template, data);
}
