using System.Text.RegularExpressions;
using Graph.Extraction.Resources;

namespace Graph.Extraction.Mentions;

/// <summary>Acronyms an article defines for its titles.</summary>
internal sealed partial class SentenceRecognizer
{
    /// <summary>
    /// "Principal Deputy National Security Advisor (PDNSA) Jane Roe ... PDNSA Roe": a title followed by an acronym in
    /// brackets defines the acronym as that title for the rest of the article.
    /// </summary>
    private Dictionary<string, TitleEntry> TitleAcronyms(string text)
    {
        var acronyms = new Dictionary<string, TitleEntry>(StringComparer.Ordinal);
        foreach (Match match in AcronymAfterWords().Matches(text))
        {
            string acronym = match.Groups["acronym"].Value;
            string[] words = match.Groups["words"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (acronyms.ContainsKey(acronym) || _gazetteer.EntriesStartingWith(acronym.ToLowerInvariant()).Count > 0)
            {
                continue;
            }

            // The words must end in a title (not a role noun) of the gazetteer: the longest one that fits.
            for (int start = 0; start < words.Length; start++)
            {
                if (_gazetteer.TitleWrittenAs(words[start..]) is { Kind: not TitleKind.Role } title)
                {
                    acronyms[acronym] = title with { Tokens = [acronym] };
                    break;
                }
            }
        }

        return acronyms;
    }

    [GeneratedRegex(@"(?<words>(?:[A-Z][\w.’'-]* ){1,8})\((?<acronym>[A-Z]{2,8})\)")]
    private static partial Regex AcronymAfterWords();
}
