using Graph.Extraction.Coreference;
using Graph.Extraction.Mentions;
using Graph.Model;

namespace Graph.Extraction.Events;

/// <summary>
/// The parties of the latest meeting an article reports. After "A spoke with B", "the leaders", "they" and
/// "the two sides" refer to A and B (a readout's usual thread) until a later coordination names another group.
/// </summary>
internal sealed class MeetingParties(EntityTable entities)
{
    private readonly List<string> _ids = [];
    private int _sentence = -1;

    /// <summary>
    /// Takes the parties of a coded event when it is an asserted meeting with at least two of them: the entities
    /// of its actor and target tokens (<paramref name="entities"/> is asked only for a meeting).
    /// </summary>
    public void Record(EventMatch match, Func<int, List<string>> entities)
    {
        if (match.Pattern.Predicate != Predicate.Meet || match.Status != FactStatus.Asserted)
        {
            return;
        }

        var parties = match.Actors.Concat(match.Targets).SelectMany(entities).Distinct(StringComparer.Ordinal).ToList();
        if (parties.Count > 1)
        {
            _ids.Clear();
            _ids.AddRange(parties);
            _sentence = match.SentenceIndex;
        }
    }

    /// <summary>
    /// The meeting's parties a plural reference stands for, or null when the reference keeps what coreference
    /// gave it: a named group resolved otherwise, or a coordination more recent than the meeting.
    /// </summary>
    public IReadOnlyList<string>? For(EntityMention mention)
    {
        if (_ids.Count < 2 || mention.Kind != MentionKind.Pronoun || !mention.IsPlural || mention.SentenceIndex < _sentence)
        {
            return null;
        }

        bool unresolved = mention.EntityIds.Count == 0;
        bool older = mention.AntecedentSentence is { } antecedent && antecedent <= _sentence;
        if (!unresolved && !older)
        {
            return null;
        }

        // "the two countries" after two leaders met: the countries they lead.
        return mention.Type == EntityType.Country
            ? _ids.Select(id => entities.Find(id) is { Type: EntityType.Person, CountryId: { } country } ? country : id).Distinct(StringComparer.Ordinal).ToList()
            : _ids;
    }
}
