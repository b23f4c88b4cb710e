using Graph.Extraction.Cleanup;
using Graph.Extraction.Coreference;
using Graph.Extraction.Events;
using Graph.Extraction.Facts;
using Graph.Extraction.Mentions;
using Graph.Extraction.Resources;
using Graph.Extraction.Sentences;
using Graph.Model;

namespace Graph.Extraction;

/// <summary>
/// The state of one extraction: created per call, filled stage by stage, never shared between threads.
/// </summary>
public sealed class ExtractionContext
{
    /// <summary>Creates the context for one document.</summary>
    public ExtractionContext(ArticleDocument document, ExtractionResources resources)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(resources);
        Document = document;
        Resources = resources;
        Text = document.Text;
    }

    /// <summary>The article.</summary>
    public ArticleDocument Document { get; }

    /// <summary>The text all spans index into (<see cref="ArticleDocument.Text"/>).</summary>
    public string Text { get; }

    /// <summary>Gazetteer and lexicon.</summary>
    public ExtractionResources Resources { get; }

    /// <summary>Paragraphs (lines), each kept or skipped by the clean-up stage.</summary>
    public IList<Paragraph> Paragraphs { get; } = [];

    /// <summary>Sentences of the kept paragraphs.</summary>
    public IList<Sentence> Sentences { get; } = [];

    /// <summary>Mentions, ordered by position.</summary>
    public IList<EntityMention> Mentions { get; } = [];

    /// <summary>Entities.</summary>
    public EntityTable Entities { get; } = new();

    /// <summary>Facts.</summary>
    public FactSet Facts { get; } = new();

    /// <summary>In a transcript, the entity id of the person speaking each sentence (by sentence index), when named.</summary>
    public IDictionary<int, string> Speakers { get; } = new Dictionary<int, string>();

    /// <summary>The event pattern matches that gave facts, in order (why each coded fact exists).</summary>
    public IList<EventMatch> Events { get; } = [];

    /// <summary>True when the article gives the person mention a title and leaves unsaid whose it is (<see cref="EntityMention.LeavesTitleHolderUnsaid"/>).</summary>
    public bool LeavesTitleHolderUnsaid(EntityMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return mention.LeavesTitleHolderUnsaid(MentionsIn(mention.SentenceIndex), Sentences[mention.SentenceIndex].Tokens);
    }

    /// <summary>Mentions of one sentence, ordered by position.</summary>
    public IReadOnlyList<EntityMention> MentionsIn(int sentenceIndex)
    {
        // Indexed once mentions stop changing; rebuilt if a stage adds more.
        if (_bySentence is null || _indexedCount != Mentions.Count)
        {
            _bySentence = Mentions.GroupBy(m => m.SentenceIndex).ToDictionary(g => g.Key, g => g.ToList());
            _indexedCount = Mentions.Count;
        }

        return _bySentence.TryGetValue(sentenceIndex, out List<EntityMention>? list) ? list : [];
    }

    private Dictionary<int, List<EntityMention>>? _bySentence;
    private int _indexedCount;
}
