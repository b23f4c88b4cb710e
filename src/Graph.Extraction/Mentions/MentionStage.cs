using Graph.Extraction.Sentences;

namespace Graph.Extraction.Mentions;

/// <summary>
/// Finds mentions in every sentence: gazetteer names and adjectives, titled persons, capitalized names
/// classified by their head word, descriptive groups, national bodies, agreements, descriptors and pronouns.
/// A second pass finds single-word names already seen as part of a full name ("Tillerson").
/// </summary>
public sealed class MentionStage : IExtractionStage
{
    /// <inheritdoc />
    public void Run(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var recognizer = new SentenceRecognizer(context.Resources, context.Text);
        var perSentence = new List<List<EntityMention>>();
        var knownNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (Sentence sentence in context.Sentences)
        {
            List<EntityMention> mentions = recognizer.Recognize(sentence);
            perSentence.Add(mentions);
            foreach (EntityMention person in mentions.Where(m => m.Kind == MentionKind.Name && m.Type == Model.EntityType.Person && !m.IsTentative))
            {
                string[] parts = person.Name!.Split(' ');
                knownNames.Add(parts[^1]);
                if (parts[^1].Contains('-', StringComparison.Ordinal))
                {
                    knownNames.Add(parts[^1][(parts[^1].IndexOf('-', StringComparison.Ordinal) + 1)..]);
                }
            }
        }

        ConfirmTentative(context, perSentence, knownNames);
        for (int i = 0; i < context.Sentences.Count; i++)
        {
            recognizer.AddKnownNames(context.Sentences[i], perSentence[i], knownNames);
            recognizer.Annotate(context.Sentences[i], perSentence[i]);
            foreach (EntityMention mention in perSentence[i].OrderBy(m => m.TokenStart).ThenByDescending(m => m.TokenEnd))
            {
                context.Mentions.Add(mention);
            }
        }
    }

    /// <summary>Keeps a tentative person when its surname also stands alone elsewhere in the article.</summary>
    private static void ConfirmTentative(ExtractionContext context, List<List<EntityMention>> perSentence, HashSet<string> knownNames)
    {
        foreach (List<EntityMention> mentions in perSentence)
        {
            foreach (EntityMention person in mentions.Where(m => m.IsTentative).ToList())
            {
                string surname = person.Name!.Split(' ')[^1];
                int uses = 0;
                foreach (Sentence sentence in context.Sentences)
                {
                    IReadOnlyList<Tokens.Token> tokens = sentence.Tokens;
                    uses += Enumerable.Range(0, tokens.Count)
                        .Count(k => tokens[k].Text == surname && (k == 0 || !tokens[k - 1].IsCapitalized));
                }

                if (uses > 0 || knownNames.Contains(surname))
                {
                    person.IsTentative = false;
                    knownNames.Add(surname);
                }
                else
                {
                    mentions.Remove(person);
                }
            }
        }
    }
}
