namespace Graph.Extraction.Resources.Derivation;

/// <summary>
/// The bracketed code of a CAMEO dictionary line: <c>[163]</c>, the paired <c>[042:043]</c> (the first code
/// for the event from source to target, the second for the reverse event: a visit is hosted), the reverse-only
/// <c>[:173]</c>, or the null code <c>[---]</c> (no event).
/// </summary>
/// <param name="Text">The code as written, without brackets.</param>
/// <param name="Forward">The code of the event from source to target (2 to 4 digits), or null.</param>
/// <param name="Reverse">The code of the event from target to source, or null.</param>
/// <param name="IsReadable">False when a part is neither digits nor the null code.</param>
internal sealed record CameoCode(string Text, string? Forward, string? Reverse, bool IsReadable)
{
    /// <summary>The null code of a block or verb that writes none.</summary>
    public static CameoCode Null { get; } = new("---", null, null, true);

    /// <summary>Reads the text between the brackets.</summary>
    public static CameoCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string trimmed = text.Trim();
        string[] parts = trimmed.Split(':');
        if (parts.Length > 2)
        {
            return new CameoCode(trimmed, null, null, false);
        }

        bool readable = true;
        string? Part(string part)
        {
            string p = part.Trim();
            if (p.Length == 0 || p.All(c => c == '-'))
            {
                return null;
            }

            if (p.Length is >= 2 and <= 4 && p.All(char.IsAsciiDigit))
            {
                return p;
            }

            readable = false;
            return null;
        }

        string? forward = Part(parts[0]);
        string? reverse = parts.Length == 2 ? Part(parts[1]) : null;
        return new CameoCode(trimmed, forward, reverse, readable);
    }
}
