namespace Graph.Syntax.Tests.Parsing;

public sealed class TimeWordSubjectsTests
{
    [Theory]
    [InlineData("Secretary Marsh yesterday met with Foreign Minister Holm.", "met")]
    [InlineData("The Chancellor today signed the agreement.", "signed")]
    [InlineData("Prime Minister Lena Okafor today announced new sanctions.", "announced")]
    public void Parse_DayWordBetweenSubjectAndVerb_ModifiesTheVerbAndLeavesItsSubject(string text, string verbWord)
    {
        foreach (bool namesAsWords in new[] { false, true })
        {
            var tokens = SyntaxModel.Default.Parse(text, 0, text.Length, namesAsWords).Tokens;
            int verb = tokens.Single(t => t.Form == verbWord).Index;
            var day = tokens.Single(t => t.Form is "today" or "yesterday");
            var subject = tokens.Single(t => t.Head == verb && t.Relation == "nsubj");

            Assert.Equal(("obl:unmarked", verb), (day.Relation, day.Head));
            Assert.True(subject.Index < day.Index && char.IsUpper(subject.Form[0]), subject.Form);
        }
    }

    [Fact]
    public void Parse_DayWordOpeningTheSentence_StaysItsSubject()
    {
        const string text = "Today marks a new chapter.";
        var today = SyntaxModel.Default.Parse(text, 0, text.Length, namesAsWords: true).Tokens[0];
        Assert.Equal("nsubj", today.Relation);
    }
}
