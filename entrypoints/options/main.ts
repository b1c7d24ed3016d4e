import '../../lib/ui/style.css';
import { mountOptions } from './options';

void mountOptions(document.getElementById('app')!);
