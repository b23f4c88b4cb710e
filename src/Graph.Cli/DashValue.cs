namespace Graph.Cli;

/// <summary>
/// <c>-</c> as an option's value (<c>--out -</c>, standard output). The command-line parser reads a lone
/// <c>-</c> as an option without a name and refuses it, so it is joined to the option before it
/// (<c>--out=-</c>), a form the parser accepts.
/// </summary>
internal static class DashValue
{
    /// <summary><paramref name="args"/> with every <c>OPTION -</c> pair written <c>OPTION=-</c>.</summary>
    public static string[] Join(string[] args)
    {
        var joined = new List<string>(args.Length);
        foreach (string arg in args)
        {
            if (arg == "-" && joined.Count > 0 && joined[^1].StartsWith('-') && joined[^1].Length > 1 && !joined[^1].Contains('=', StringComparison.Ordinal))
            {
                joined[^1] += "=-";
            }
            else
            {
                joined.Add(arg);
            }
        }

        return [.. joined];
    }
}
