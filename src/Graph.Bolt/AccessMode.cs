namespace Graph.Bolt;

/// <summary>Whether a session's work reads or writes; decides which cluster members serve it.</summary>
public enum AccessMode
{
    /// <summary>Writes go to the leader (writer) of the database.</summary>
    Write,

    /// <summary>Reads may go to any reader.</summary>
    Read,
}
