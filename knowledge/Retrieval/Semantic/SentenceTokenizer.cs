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

    /// <summary>
    /// The same ids with the word each piece belongs to: <paramref name="words"/> holds the text's words as the
    /// model reads them (lower case, punctuation apart), <paramref name="wordOf"/> each id's word, -1 for [CLS] and [SEP].
    /// </summary>
    public int[] Encode(string text, int maxTokens, out string[] words, out int[] wordOf)
    {
        ArgumentNullException.ThrowIfNull(text);
        // The pieces never cross a space, so each word encoded alone gives the pieces of the whole text.
        words = WordPieceText.Prepare(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var ids = new List<int> { _wordPiece.ClassificationTokenId };
        var owners = new List<int> { -1 };
        for (var w = 0; w < words.Length && ids.Count < maxTokens - 1; w++)
        {
            foreach (var id in _wordPiece.EncodeToIds(words[w], maxTokens - 1 - ids.Count, addSpecialTokens: false, out _, out _))
            {
                ids.Add(id);
                owners.Add(w);
            }
        }

        ids.Add(_wordPiece.SeparatorTokenId);
        owners.Add(-1);
        wordOf = [.. owners];
        return [.. ids];
    }
}
