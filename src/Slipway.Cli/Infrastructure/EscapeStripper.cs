using System.Text;

namespace Slipway.Cli.Infrastructure;

/// <summary>
/// Drops the escape sequences Spectre writes for styles (bold, dim) that a colourless console still
/// asks for, so --no-color and NO_COLOR output has none. Text from outside reaches the console already
/// made safe (Shown), so every escape here is one of Spectre's own.
/// </summary>
internal sealed class EscapeStripper(TextWriter inner) : TextWriter
{
    private State _state;

    private enum State
    {
        Text,
        Escape,
        Sequence,
    }

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        switch (_state)
        {
            case State.Text when value == '\u001b':
                _state = State.Escape;
                return;
            case State.Text:
                inner.Write(value);
                return;
            case State.Escape:
                _state = value == '[' ? State.Sequence : State.Text;
                return;
            default:
                // A control sequence ends with its final byte, '@' to '~'.
                if (value is >= '@' and <= '~')
                {
                    _state = State.Text;
                }

                return;
        }
    }

    public override void Write(string? value)
    {
        if (value is null)
        {
            return;
        }

        if (_state == State.Text && !value.Contains('\u001b', StringComparison.Ordinal))
        {
            inner.Write(value);
            return;
        }

        foreach (var c in value)
        {
            Write(c);
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void Flush() => inner.Flush();
}
