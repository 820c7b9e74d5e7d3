namespace Slipway.Cli.Infrastructure;

/// <summary>
/// The shell side of completion. Every script asks slipway itself what may come next, through the
/// [suggest:POSITION] directive, so the command tree stays the only place that knows the words.
/// </summary>
internal static class CompletionScripts
{
    public static readonly string[] Shells = ["bash", "zsh", "fish", "pwsh"];

    public static string For(string shell) => shell switch
    {
        "bash" => Bash,
        "zsh" => Zsh,
        "fish" => Fish,
        _ => Pwsh,
    };

    private const string Bash = """
        # slipway completion for bash: add to ~/.bashrc:  eval "$(slipway completion bash)"
        _slipway_complete() {
            local line="${COMP_LINE:0:COMP_POINT}"
            local IFS=$'\n'
            COMPREPLY=($(compgen -W "$(slipway "[suggest:${#line}]" "$line" 2>/dev/null)" -- "${COMP_WORDS[COMP_CWORD]}"))
        }
        complete -o default -F _slipway_complete slipway

        """;

    private const string Zsh = """
        # slipway completion for zsh: add to ~/.zshrc:  eval "$(slipway completion zsh)"
        _slipway() {
            local line="${BUFFER[1,CURSOR]}"
            local -a words
            words=(${(f)"$(slipway "[suggest:${#line}]" "$line" 2>/dev/null)"})
            compadd -a words
        }
        compdef _slipway slipway

        """;

    private const string Fish = """
        # slipway completion for fish: slipway completion fish > ~/.config/fish/completions/slipway.fish
        function __slipway_complete
            set -l line (commandline -cp)
            slipway "[suggest:"(string length -- "$line")"]" "$line" 2>/dev/null
        end
        complete -c slipway -f -a '(__slipway_complete)'

        """;

    private const string Pwsh = """
        # slipway completion for PowerShell: add to $PROFILE:  slipway completion pwsh | Out-String | Invoke-Expression
        Register-ArgumentCompleter -Native -CommandName slipway -ScriptBlock {
            param($wordToComplete, $commandAst, $cursorPosition)
            $line = $commandAst.ToString()
            slipway "[suggest:$cursorPosition]" "$line" 2>$null | ForEach-Object {
                [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
            }
        }

        """;
}
