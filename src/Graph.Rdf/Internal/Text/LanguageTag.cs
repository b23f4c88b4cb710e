namespace Graph.Rdf.Internal.Text;

/// <summary>The language-tag production shared by N-Triples, Turtle and friends: <c>[a-zA-Z]+(-[a-zA-Z0-9]+)*</c>.</summary>
internal static class LanguageTag
{
    public static bool IsValid(ReadOnlySpan<char> tag)
    {
        if (tag.IsEmpty || !char.IsAsciiLetter(tag[0]))
        {
            return false;
        }

        int i = 0;
        while (i < tag.Length && char.IsAsciiLetter(tag[i]))
        {
            i++;
        }

        while (i < tag.Length)
        {
            if (tag[i] != '-' || i + 1 >= tag.Length)
            {
                return false;
            }

            i++;
            int start = i;
            while (i < tag.Length && char.IsAsciiLetterOrDigit(tag[i]))
            {
                i++;
            }

            if (i == start)
            {
                return false;
            }
        }

        return true;
    }

    public static string Validate(string tag) =>
        IsValid(tag) ? tag : throw new RdfSerializationException($"'{tag}' is not a well-formed language tag.");
}
