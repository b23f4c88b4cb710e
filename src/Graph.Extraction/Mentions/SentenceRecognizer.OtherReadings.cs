using Graph.Extraction.Sentences;
using Graph.Model;

namespace Graph.Extraction.Mentions;

/// <summary>Names of bodies and places read as people's in one sentence and as what they are in another, or shortened to their first word.</summary>
internal sealed partial class SentenceRecognizer
{
    // Institutions often called by their first word alone; an airport or a base named after its city is not ("Sendai").
    private static readonly HashSet<string> ShortenedHeads = new(StringComparer.Ordinal) { "University", "College", "School", "Institute", "Academy", "Hospital", "Museum" };

    /// <summary>
    /// An untitled name read as a person's where another sentence reads it as a body's or a place's ("a partner at Doroshow
    /// Reyes ... Before joining Doroshow Reyes", "Scranton, Pennsylvania ... Scranton values") is that body or place; so
    /// is a one-word name that is the first word of a body's name the article gives, the rest of that name an
    /// institution's head word ("graduated from Marwick ... Marwick College"). A surname of one of the article's people
    /// stays a person's, and a leader's name before "Administration" or "Government" is no short name of the government.
    /// </summary>
    public void ReadNamesAsElsewhere(IList<Sentence> sentences, List<List<EntityMention>> perSentence)
    {
        var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
        var places = new Dictionary<string, EntityType>(StringComparer.Ordinal);
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        foreach (EntityMention mention in perSentence.SelectMany(m => m).Where(m => m is { Kind: MentionKind.Name, Name: { } }))
        {
            string[] words = mention.Name!.Split(' ');
            if (mention.Type == EntityType.Person)
            {
                if (words.Length > 1)
                {
                    surnames.Add(words[^1]);
                }
            }
            else if (mention.Type is EntityType.City or EntityType.Region)
            {
                places.TryAdd(mention.Name!, mention.Type);
            }
            else if (mention.Type == EntityType.Organization)
            {
                bodies.TryAdd(mention.Name!, mention.Name!);
                if (words.Length == 2 && ShortenedHeads.Contains(words[1]))
                {
                    bodies.TryAdd(words[0], mention.Name!);
                }
            }
        }

        for (int i = 0; i < perSentence.Count; i++)
        {
            List<EntityMention> mentions = perSentence[i];
            for (int m = 0; m < mentions.Count; m++)
            {
                if (mentions[m] is not { Kind: MentionKind.Name, Type: EntityType.Person, Title: null, Name: { } name } person || surnames.Contains(name))
                {
                    continue;
                }

                if (bodies.TryGetValue(name, out string? body))
                {
                    mentions[m] = Make(sentences[i], person.TokenStart, person.TokenEnd, MentionKind.Name, EntityType.Organization, body);
                }
                else if (places.TryGetValue(name, out EntityType place))
                {
                    mentions[m] = Make(sentences[i], person.TokenStart, person.TokenEnd, MentionKind.Name, place, name);
                }
            }
        }
    }
}
