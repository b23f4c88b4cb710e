namespace Graph.Syntax.Training;

/// <summary>The three files of a Universal Dependencies treebank folder (<c>*-ud-train.conllu</c>, <c>-dev</c>, <c>-test</c>).</summary>
/// <param name="Train">The training file.</param>
/// <param name="Dev">The development file (tuning), or null.</param>
/// <param name="Test">The test file (final measurement), or null.</param>
public sealed record TreebankFiles(string Train, string? Dev, string? Test)
{
    /// <summary>Finds the files in <paramref name="directory"/>.</summary>
    /// <exception cref="FileNotFoundException">The folder or its training file is missing; the message names it.</exception>
    public static TreebankFiles Find(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            throw new FileNotFoundException($"{directory}: no such treebank folder");
        }

        string? train = One(directory, "train") ?? throw new FileNotFoundException($"{directory}: no *-ud-train.conllu file");
        return new TreebankFiles(train, One(directory, "dev"), One(directory, "test"));
    }

    private static string? One(string directory, string part) =>
        Directory.GetFiles(directory, "*-ud-" + part + ".conllu").Order(StringComparer.Ordinal).FirstOrDefault();
}
