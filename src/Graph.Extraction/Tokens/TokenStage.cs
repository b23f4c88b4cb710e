namespace Graph.Extraction.Tokens;

/// <summary>Tokenizes every sentence.</summary>
public sealed class TokenStage : IExtractionStage
{
    /// <inheritdoc />
    public void Run(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        for (int i = 0; i < context.Sentences.Count; i++)
        {
            var sentence = context.Sentences[i];
            context.Sentences[i] = sentence with
            {
                Tokens = context.Resources.Tokenizer.Tokenize(context.Text, sentence.Span.Start, sentence.Span.End),
            };
        }
    }
}
