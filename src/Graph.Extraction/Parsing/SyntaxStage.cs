using Graph.Syntax;

namespace Graph.Extraction.Parsing;

/// <summary>
/// Parses every sentence into Universal Dependencies (tags, lemmas, heads, relations) with the trained
/// model; later stages read grammatical relations instead of word order. Any length is parsed (the
/// parser is linear), so no sentence is dropped here. Outside the headline, a run of proper nouns is parsed as
/// one word (<see cref="SyntaxModel.Parse(string, int, int, bool)"/>): news titles and names are longer than the
/// treebank's, and a headline in title case would be one run.
/// </summary>
public sealed class SyntaxStage : IExtractionStage
{
    private readonly SyntaxModel _model;

    /// <summary>Creates the stage with a model (the built-in one unless given).</summary>
    public SyntaxStage(SyntaxModel? model = null) => _model = model ?? SyntaxModel.Default;

    /// <inheritdoc />
    public void Run(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        for (int i = 0; i < context.Sentences.Count; i++)
        {
            var sentence = context.Sentences[i];
            context.Sentences[i] = sentence with { Parse = _model.Parse(context.Text, sentence.Span.Start, sentence.Span.End, namesAsWords: !sentence.IsHeadline) };
        }
    }
}
