namespace Graph.Bolt.Testing;

/// <summary>The client did not do what the fake server's scripts expected (or a scripted connection never came).</summary>
public sealed class FakeServerException : Exception
{
    /// <summary>Creates the error with its description.</summary>
    public FakeServerException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error with a description and cause.</summary>
    public FakeServerException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an error with no detail.</summary>
    public FakeServerException()
        : this("The fake Bolt server's script was not followed.")
    {
    }
}
