using Graph.Extraction.Cleanup;
using Graph.Model;

namespace Graph.Extraction.Sentences;

/// <summary>Splits every kept paragraph into sentences.</summary>
public sealed class SentenceStage : IExtractionStage
{
    /// <inheritdoc />
    public void Run(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var splitter = new SentenceSplitter(context.Resources.Lexicon.Abbreviations, context.Resources.Lexicon.EnglishStopWords);
        foreach (Paragraph paragraph in context.Paragraphs.Where(p => p.IsKept))
        {
            foreach (TextSpan span in splitter.Split(context.Text, paragraph.Span.Start, paragraph.Span.End))
            {
                context.Sentences.Add(new Sentence(context.Sentences.Count, span, context.Text[span.Start..span.End], paragraph.IsHeadline));
            }
        }
    }
}
