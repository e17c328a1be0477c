using Microsoft.ML.Tokenizers;

namespace PolicyBot.Knowledge.Retrieval.Semantic;

/// <summary>Text to a BERT model's token ids: <see cref="WordPieceText"/> clean-up, then WordPiece on the model's vocabulary.</summary>
internal sealed class SentenceTokenizer
{
    private readonly BertTokenizer _wordPiece;

    public SentenceTokenizer(Stream vocabulary)
    {
        // The text arrives cleaned, lower case and split; the tokenizer only splits on spaces and looks up pieces.
        _wordPiece = BertTokenizer.Create(vocabulary, new BertOptions
        {
            LowerCaseBeforeTokenization = false,
            ApplyBasicTokenization = false,
            RemoveNonSpacingMarks = false,
            IndividuallyTokenizeCjk = false,
            SplitOnSpecialTokens = false,
        });
    }

    /// <summary>[CLS], the text's word pieces (cut to fit), [SEP].</summary>
    public int[] Encode(string text, int maxTokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pieces = _wordPiece.EncodeToIds(WordPieceText.Prepare(text), Math.Max(0, maxTokens - 2), addSpecialTokens: false, out _, out _);
        var ids = new int[pieces.Count + 2];
        ids[0] = _wordPiece.ClassificationTokenId;
        for (var i = 0; i < pieces.Count; i++)
        {
            ids[i + 1] = pieces[i];
        }

        ids[^1] = _wordPiece.SeparatorTokenId;
        return ids;
    }
}
