namespace PolicyBot.Dialogs.Infrastructure.Retention;

/// <summary>What one run of the retention job deleted, by kind of record.</summary>
public sealed record RetentionReport(int Questions, int Feedback, int Escalations, int DeliveredMessages, int Shares, int Acknowledgements, int PostChecks, int Housekeeping)
{
    public int Total => Questions + Feedback + Escalations + DeliveredMessages + Shares + Acknowledgements + PostChecks + Housekeeping;
}
