use Errno ':POSIX';
1;
