using Graph.Model;

namespace Graph.Extraction.Cleanup;

/// <summary>Splits the text into paragraphs (lines) and marks the ones extraction skips.</summary>
public sealed class CleanupStage : IExtractionStage
{
    /// <inheritdoc />
    public void Run(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var filter = new ParagraphFilter(context.Resources.Lexicon);
        bool hasHeadline = !string.IsNullOrWhiteSpace(context.Document.Title);
        string text = context.Text;
        int start = 0;
        int index = 0;
        while (start <= text.Length)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            string line = text[start..end];
            bool headline = hasHeadline && index == 0;
            string? skipped = headline ? (line.Trim().Length == 0 ? "empty" : null) : filter.SkipReason(line);
            context.Paragraphs.Add(new Paragraph(index, new TextSpan(start, end), headline, skipped));
            index++;
            start = end + 1;
        }
    }
}
