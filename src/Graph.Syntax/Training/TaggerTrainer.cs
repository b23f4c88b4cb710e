using Graph.Syntax.Features;
using Graph.Syntax.Tagging;

namespace Graph.Syntax.Training;

/// <summary>Trains the tagger: an averaged perceptron over joint tags, with the predicted tag history as in use.</summary>
internal static class TaggerTrainer
{
    /// <summary>Trains a one-pass tagger on <paramref name="sentences"/>; <paramref name="onIteration"/> hears each finished iteration.</summary>
    public static Tagger Train(IReadOnlyList<ConlluSentence> sentences, TagSet tags, TrainingOptions options, Action<int>? onIteration = null)
    {
        var dictionary = BuildDictionary(sentences, tags, options);
        var classes = BuildClasses(sentences, tags, options);
        var weights = TrainPass(sentences, tags, options, dictionary, classes, null, onIteration);
        return new Tagger(tags, weights, null, dictionary, classes);
    }

    /// <summary>
    /// Adds a second pass to <paramref name="first"/>, trained on the first-pass tags of each sentence as predicted by
    /// a tagger that did not see it (<paramref name="firstPass"/>), so it learns how far to trust them.
    /// </summary>
    public static Tagger AddSecondPass(Tagger first, IReadOnlyList<ConlluSentence> sentences, int[][] firstPass, TrainingOptions options, Action<int>? onIteration = null)
    {
        var dictionary = first.Dictionary.ToDictionary(StringComparer.Ordinal);
        var weights = TrainPass(sentences, first.Tags, options, dictionary, first.Classes, firstPass, onIteration);
        return new Tagger(first.Tags, first.Weights, weights, dictionary, first.Classes);
    }

    private static WeightTable TrainPass(
        IReadOnlyList<ConlluSentence> sentences,
        TagSet tags,
        TrainingOptions options,
        Dictionary<string, int> dictionary,
        AmbiguityClasses classes,
        int[][]? firstPass,
        Action<int>? onIteration)
    {
        var lookup = dictionary.GetAlternateLookup<ReadOnlySpan<char>>();
        var model = new AveragedPerceptron(tags.Count);
        var hashes = new WordHashes();
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(options.Seed);
        Span<ulong> features = stackalloc ulong[TaggerFeatures.Max];
        var scores = new float[tags.Count];
        for (int iteration = 0; iteration < options.TaggerIterations; iteration++)
        {
            random.Shuffle(order);
            foreach (int s in order)
            {
                var words = Forms(sentences[s]);
                hashes.Load(words);
                classes.Fill(hashes);
                firstPass?[s].CopyTo(hashes.FirstPass, 0);
                int prev = Tagger.None;
                int prev2 = Tagger.None;
                for (int i = 0; i < words.Length; i++)
                {
                    var word = sentences[s].Words[i];
                    int gold = tags.Id(word.Upos, word.Xpos);
                    if (!lookup.TryGetValue(words[i], out int guess))
                    {
                        int n = TaggerFeatures.Extract(hashes, i, prev, prev2, firstPass is not null, features);
                        Array.Clear(scores);
                        model.Score(features[..n], scores);
                        guess = Tagger.ArgMax(scores);
                        model.Tick();
                        if (gold >= 0)
                        {
                            model.Update(features[..n], gold, guess);
                        }
                    }

                    prev2 = prev;
                    prev = guess;
                }
            }

            onIteration?.Invoke(iteration + 1);
        }

        return model.ToTable(options.MinWeight, options.MinUpdates);
    }

    /// <summary>The words of a sentence.</summary>
    public static string[] Forms(ConlluSentence sentence)
    {
        var forms = new string[sentence.Words.Count];
        for (int i = 0; i < forms.Length; i++)
        {
            forms[i] = sentence.Words[i].Form;
        }

        return forms;
    }

    /// <summary>The ambiguity class of each word seen at least <see cref="TrainingOptions.AmbiguityMinCount"/> times: the tags it took at least 5% of the time.</summary>
    private static AmbiguityClasses BuildClasses(IReadOnlyList<ConlluSentence> sentences, TagSet tags, TrainingOptions options)
    {
        var counts = new Dictionary<ulong, Dictionary<int, int>>();
        foreach (var sentence in sentences)
        {
            foreach (var word in sentence.Words)
            {
                ulong key = FeatureHash.OfLower(word.Form);
                if (!counts.TryGetValue(key, out var perTag))
                {
                    counts[key] = perTag = [];
                }

                int tag = tags.Id(word.Upos, word.Xpos);
                perTag[tag] = perTag.GetValueOrDefault(tag) + 1;
            }
        }

        var classes = new Dictionary<ulong, ulong>();
        foreach (var (key, perTag) in counts.OrderBy(p => p.Key))
        {
            int total = perTag.Values.Sum();
            if (total < options.AmbiguityMinCount)
            {
                continue;
            }

            ulong hash = 0x84222325UL;
            foreach (int tag in perTag.Where(p => p.Value * 20 >= total).Select(p => p.Key).Order())
            {
                hash = FeatureHash.Finish(hash ^ (ulong)(tag + 1));
            }

            classes[key] = hash;
        }

        return new AmbiguityClasses(classes);
    }

    /// <summary>Frequent words seen (almost) always with one tag.</summary>
    private static Dictionary<string, int> BuildDictionary(IReadOnlyList<ConlluSentence> sentences, TagSet tags, TrainingOptions options)
    {
        var counts = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            foreach (var word in sentence.Words)
            {
                int tag = tags.Id(word.Upos, word.Xpos);
                if (!counts.TryGetValue(word.Form, out var perTag))
                {
                    counts[word.Form] = perTag = [];
                }

                perTag[tag] = perTag.GetValueOrDefault(tag) + 1;
            }
        }

        var dictionary = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (form, perTag) in counts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            int total = perTag.Values.Sum();
            var (tag, count) = perTag.OrderByDescending(p => p.Value).ThenBy(p => p.Key).First();
            if (total >= options.DictionaryMinCount && count >= total * options.DictionaryMinShare)
            {
                dictionary[form] = tag;
            }
        }

        return dictionary;
    }
}
