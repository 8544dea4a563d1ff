/* Remembers the browser's time zone for the meeting pages (they show times in the viewer's zone). */
(function () {
    try {
        var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
        if (zone && document.cookie.indexOf('salwhub_tz=') < 0) {
            document.cookie = 'salwhub_tz=' + encodeURIComponent(zone) + ';path=/;max-age=31536000;SameSite=Lax';
        }
    } catch (e) {
        /* an old browser: times stay in UTC */
    }
})();
