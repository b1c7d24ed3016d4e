import * as media from '../../rules/media';
import { testRule } from '../rule-tester';

testRule(media, {
  fires: [
    { text: 'Ordføreren klipper snoren på nye Seiersten bad.', media: true, severity: 'info' },
    { text: 'Trekkspill og vafler på avdelinga i dag, bebuarane kosa seg 🪗', media: true, flagged: 'bebuarane', severity: 'warning' },
    { text: 'Our residents enjoyed the summer party today 🍓', media: true, flagged: 'residents', severity: 'warning' },
    { text: 'Julebord med verdens beste kolleger 🥂', media: true, severity: 'info' },
  ],
  passes: [
    { text: '📸 Husk å spørre om samtykke før du tar bilder av elever på skoleturen.', note: 'camera emoji, no attachment' },
    { text: 'Video from last night’s council meeting is now on our YouTube channel.', note: 'mentions video, none attached' },
    { text: 'Fotokonkurranse: send inn ditt beste bilete av Drøbak om vinteren.', note: 'Nynorsk, nothing attached' },
  ],
});
