using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using PolicyBot.Dialogs.Infrastructure.Storage;
using PolicyBot.Knowledge;

namespace PolicyBot.Dialogs.Insights;

/// <summary>
/// The questions staff ask in chat, so the Communications team can see what people
/// ask and what the bot could not answer. No names or ids are kept: only the question, its outcome and when.
/// </summary>
/// <remarks>
/// An answer never waits on the database: <see cref="Record"/> queues the question and one writer stores the
/// queue once a second, in batches. Writing each question in its turn cut answered questions per second from
/// about 930 to 90, and writing as soon as anything was queued (small batches, a transaction each) to 580
/// (`dotnet run -c Release --project benchmarks -- 5`). Reads flush the queue first, so a report includes
/// every question asked before it; a stop flushes it too. What is lost: a batch the database refuses (logged),
/// the queue when the process is killed, and questions past <see cref="Capacity"/> waiting at once.
/// </remarks>
public sealed class QuestionLog : IAsyncDisposable
{
    public const int Capacity = 10_000;

    // Five parameters a row keeps a batch well under SQLite's and PostgreSQL's limits on parameters per statement.
    private const int BatchSize = 200;

    private static readonly TimeSpan WriteEvery = TimeSpan.FromSeconds(1);

    private readonly IDatabase _database;
    private readonly ILogger<QuestionLog> _logger;
    private readonly TimeProvider _time;
    private readonly Channel<AskedQuestion> _pending = Channel.CreateBounded<AskedQuestion>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropWrite });

    // Held while the queue is taken out and written, so a flush returns only once what was queued is stored.
    private readonly SemaphoreSlim _writing = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _writer;

    public QuestionLog(IDatabase database, ILogger<QuestionLog> logger, TimeProvider time)
    {
        _database = database;
        _logger = logger;
        _time = time;
        _writer = Task.Run(WriteAsync);
    }

    /// <summary>Queues a question to be stored shortly; returns at once.</summary>
    public void Record(AskedQuestion asked)
    {
        ArgumentNullException.ThrowIfNull(asked);

        // The answer path already refuses longer questions; whatever the caller, no row holds more than the cap.
        if (asked.Question.Length > PolicyKnowledgeBase.MaxQuestionLength)
        {
            var keep = PolicyKnowledgeBase.MaxQuestionLength - 1;
            asked = asked with { Question = string.Concat(asked.Question.AsSpan(0, char.IsHighSurrogate(asked.Question[keep - 1]) ? keep - 1 : keep), "\u2026") };
        }

        if (!_pending.Writer.TryWrite(asked))
        {
            Log.QuestionsQueueFull(_logger, Capacity);
        }
    }

    /// <summary>Stores every question queued so far.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await _writing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var batch = new List<AskedQuestion>(BatchSize);
            while (_pending.Reader.TryRead(out var asked))
            {
                batch.Add(asked);
                if (batch.Count == BatchSize)
                {
                    await InsertAsync(batch, cancellationToken).ConfigureAwait(false);
                    batch.Clear();
                }
            }

            if (batch.Count > 0)
            {
                await InsertAsync(batch, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _writing.Release();
        }
    }

    /// <summary>The questions asked at or after <paramref name="since"/>, newest first, including any still queued.</summary>
    public async Task<IReadOnlyList<AskedQuestion>> SinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken).ConfigureAwait(false);
        return await Sql.QueryAsync(
            _database,
            "SELECT question, answered, section, conversation_type, at FROM asked_questions WHERE at >= @since ORDER BY at DESC, id DESC",
            reader => new AskedQuestion(reader.GetString(0), Sql.Flag(reader, 1), Sql.TextOrNull(reader, 2), reader.GetString(3), Sql.Time(reader, 4)),
            cancellationToken,
            ("@since", Sql.Millis(since))).ConfigureAwait(false);
    }

    /// <summary>Stops taking questions and stores those still queued.</summary>
    public async ValueTask DisposeAsync()
    {
        _pending.Writer.TryComplete();
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _writer.ConfigureAwait(false);
        await FlushAsync(CancellationToken.None).ConfigureAwait(false);
        _writing.Dispose();
        _stopping.Dispose();
    }

    private async Task WriteAsync()
    {
        while (await _pending.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            try
            {
                await WaitForMoreAsync().ConfigureAwait(false);

                await FlushAsync(CancellationToken.None).ConfigureAwait(false);
            }
            catch (DbException ex)
            {
                Log.QuestionsNotRecorded(_logger, ex);
            }
        }
    }

    // Let a second's questions gather into one batch; a stop cuts the wait short.
    private async Task WaitForMoreAsync()
    {
        try
        {
            await Task.Delay(WriteEvery, _time, _stopping.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
        }
    }

    private Task<int> InsertAsync(List<AskedQuestion> batch, CancellationToken cancellationToken)
    {
        var sql = new StringBuilder("INSERT INTO asked_questions (question, answered, section, conversation_type, at) VALUES ");
        var parameters = new List<(string, object?)>(batch.Count * 5);
        for (var i = 0; i < batch.Count; i++)
        {
            var asked = batch[i];
            sql.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? string.Empty : ", ")}(@q{i}, @a{i}, @s{i}, @c{i}, @t{i})");
            parameters.AddRange([($"@q{i}", asked.Question), ($"@a{i}", Sql.Flag(asked.Answered)), ($"@s{i}", asked.Section), ($"@c{i}", asked.ConversationType), ($"@t{i}", Sql.Millis(asked.At))]);
        }

        return Sql.ExecuteAsync(_database, sql.ToString(), cancellationToken, [.. parameters]);
    }
}
