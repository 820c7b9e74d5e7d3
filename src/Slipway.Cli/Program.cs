using Slipway.Cli;
using Slipway.Cli.Output;

return SlipwayApp.Run(args, CliIO.FromConsole(), Environment.CurrentDirectory);
