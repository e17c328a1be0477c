using System.Text.Json.Nodes;

namespace PolicyBot.Cards;

/// <summary>Renders PolicyBot's cards from their templates.</summary>
public static class PolicyCards
{
    /// <summary>The content type of an Adaptive Card attachment.</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public static JsonObject Answer(AnswerCardData data) => CardTemplate.Render("answer", data);

    public static JsonObject Welcome(WelcomeCardData data) => CardTemplate.Render("welcome", data);

    public static JsonObject Section(SectionCardData data) => CardTemplate.Render("section", data);

    public static JsonObject Handoff(HandoffCardData data) => CardTemplate.Render("handoff", data);

    public static JsonObject Notice(NoticeCardData data) => CardTemplate.Render("notice", data);

    public static JsonObject PostCheckPrompt(PostCheckPromptCardData data) => CardTemplate.Render("postcheck-prompt", data);

    public static JsonObject PostCheckQuestion(PostCheckQuestionCardData data) => CardTemplate.Render("postcheck-question", data);

    public static JsonObject PostCheckVerdict(PostCheckVerdictCardData data) => CardTemplate.Render("postcheck-verdict", data);

    public static JsonObject Topic(TopicCardData data) => CardTemplate.Render("topic", data);

    public static JsonObject SharePicker(SharePickerCardData data) => CardTemplate.Render("share-picker", data);

    public static JsonObject PostCheckShared(PostCheckSharedCardData data) => CardTemplate.Render("postcheck-shared", data);

    public static JsonObject EscalationConfirm(EscalationConfirmCardData data) => CardTemplate.Render("escalation-confirm", data);

    public static JsonObject Ticket(TicketCardData data) => CardTemplate.Render("ticket", data);

    public static JsonObject QuestionReport(QuestionReportCardData data) => CardTemplate.Render("question-report", data);

    public static JsonObject WhatChanged(WhatChangedCardData data) => CardTemplate.Render("what-changed", data);

    public static JsonObject ApproveAnswer(ApproveAnswerCardData data) => CardTemplate.Render("approve-answer", data);
}
