namespace Graph.Cli;

/// <summary>Process exit codes: scripts rely on them.</summary>
internal static class ExitCodes
{
    /// <summary>Everything succeeded.</summary>
    public const int Success = 0;

    /// <summary>The command ran, but some input (a file, the store, the server) failed; the rest completed.</summary>
    public const int InputFailed = 1;

    /// <summary>The command line itself is wrong: unknown command or option, missing or invalid value.</summary>
    public const int BadArguments = 2;
}
