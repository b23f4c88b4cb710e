namespace Graph.Syntax.Lemmatization;

/// <summary>A lemma rewrite: drop the last <paramref name="Cut"/> characters of the word, then append <paramref name="Append"/> ("studies" → cut 3, append "y").</summary>
internal readonly record struct SuffixRule(int Cut, string Append)
{
    /// <summary>The rule turning <paramref name="form"/> into <paramref name="lemma"/> (both lower case).</summary>
    public static SuffixRule Between(string form, string lemma)
    {
        int common = 0;
        int max = Math.Min(form.Length, lemma.Length);
        while (common < max && form[common] == lemma[common])
        {
            common++;
        }

        return new SuffixRule(form.Length - common, lemma[common..]);
    }
}
