using Graph.Syntax.Training;

namespace Graph.Syntax.Tests.Training;

/// <summary>A few hand-made CoNLL-U sentences, enough to train a (poor) model quickly.</summary>
internal static class TinyTreebank
{
    public const string Text = """
        # sent_id = 1
        # text = Iran denied that it attacked Israel.
        1	Iran	Iran	PROPN	NNP	_	2	nsubj	_	_
        2	denied	deny	VERB	VBD	_	0	root	_	_
        3	that	that	SCONJ	IN	_	5	mark	_	_
        4	it	it	PRON	PRP	_	5	nsubj	_	_
        5	attacked	attack	VERB	VBD	_	2	ccomp	_	_
        6	Israel	Israel	PROPN	NNP	_	5	obj	_	SpaceAfter=No
        7	.	.	PUNCT	.	_	2	punct	_	_

        # sent_id = 2
        # text = Troops were attacked by rebels.
        1	Troops	troop	NOUN	NNS	_	3	nsubj:pass	_	_
        2	were	be	AUX	VBD	_	3	aux:pass	_	_
        3	attacked	attack	VERB	VBN	_	0	root	_	_
        4	by	by	ADP	IN	_	5	case	_	_
        5	rebels	rebel	NOUN	NNS	_	3	obl:agent	_	SpaceAfter=No
        6	.	.	PUNCT	.	_	3	punct	_	_

        # sent_id = 3
        # text = I don't like the new plan.
        1	I	I	PRON	PRP	_	4	nsubj	_	_
        2-3	don't	_	_	_	_	_	_	_	_
        2	do	do	AUX	VBP	_	4	aux	_	_
        3	n't	not	PART	RB	_	4	advmod	_	_
        4	like	like	VERB	VB	_	0	root	_	_
        5	the	the	DET	DT	_	7	det	_	_
        6	new	new	ADJ	JJ	_	7	amod	_	_
        7	plan	plan	NOUN	NN	_	4	obj	_	SpaceAfter=No
        8	.	.	PUNCT	.	_	4	punct	_	_

        # sent_id = 4
        # text = The ministers met in Paris on Monday.
        1	The	the	DET	DT	_	2	det	_	_
        2	ministers	minister	NOUN	NNS	_	3	nsubj	_	_
        3	met	meet	VERB	VBD	_	0	root	_	_
        4	in	in	ADP	IN	_	5	case	_	_
        5	Paris	Paris	PROPN	NNP	_	3	obl	_	_
        6	on	on	ADP	IN	_	7	case	_	_
        7	Monday	Monday	PROPN	NNP	_	3	obl	_	SpaceAfter=No
        8	.	.	PUNCT	.	_	3	punct	_	_

        # sent_id = 5
        # text = Rebels fled and troops followed them.
        1	Rebels	rebel	NOUN	NNS	_	2	nsubj	_	_
        2	fled	flee	VERB	VBD	_	0	root	_	_
        3	and	and	CCONJ	CC	_	5	cc	_	_
        4	troops	troop	NOUN	NNS	_	5	nsubj	_	_
        5	followed	follow	VERB	VBD	_	2	conj	_	_
        6	them	they	PRON	PRP	_	5	obj	_	SpaceAfter=No
        7	.	.	PUNCT	.	_	2	punct	_	_

        # sent_id = 6
        # text = She said the talks were useful.
        1	She	she	PRON	PRP	_	2	nsubj	_	_
        2	said	say	VERB	VBD	_	0	root	_	_
        3	the	the	DET	DT	_	4	det	_	_
        4	talks	talk	NOUN	NNS	_	6	nsubj	_	_
        5	were	be	AUX	VBD	_	6	cop	_	_
        6	useful	useful	ADJ	JJ	_	2	ccomp	_	SpaceAfter=No
        7	.	.	PUNCT	.	_	2	punct	_	_

        """;

    public static IReadOnlyList<ConlluSentence> Sentences() => ConlluReader.Read(new StringReader(Text), "tiny");
}
