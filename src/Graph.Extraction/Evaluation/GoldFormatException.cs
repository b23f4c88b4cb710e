namespace Graph.Extraction.Evaluation;

/// <summary>A gold file that cannot be read or breaks the format: the message names the file, the place and the problem.</summary>
public sealed class GoldFormatException : Exception
{
    /// <summary>Creates the exception for <paramref name="path"/>.</summary>
    public GoldFormatException(string path, string reason, Exception? innerException = null)
        : base($"{path}: {reason}", innerException)
    {
        FilePath = path;
        Reason = reason;
    }

    /// <summary>Creates the exception.</summary>
    public GoldFormatException()
        : this(string.Empty, "invalid gold document")
    {
    }

    /// <summary>Creates the exception.</summary>
    public GoldFormatException(string message)
        : this(string.Empty, message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public GoldFormatException(string message, Exception innerException)
        : this(string.Empty, message, innerException)
    {
    }

    /// <summary>The gold file (or the source name given to the parser).</summary>
    public string FilePath { get; }

    /// <summary>What is wrong, with the JSON path and line of the culprit when there is one.</summary>
    public string Reason { get; }
}
